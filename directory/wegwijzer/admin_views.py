"""The editors' report of anonymous wegwijzer figures."""

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from directory.wegwijzer.statistics import MIN_COUNT, statistics_report

PERMISSION = "wegwijzer.view_routecount"


class StatisticsView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Per month: routes started and completed, and what residents chose and were shown."""

    permission_required = PERMISSION
    raise_exception = True
    template_name = "wegwijzer/admin/statistics.html"
    page_title = _("Cijfers van de wegwijzer")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report"] = statistics_report(today=timezone.localdate())
        context["min_count"] = MIN_COUNT
        return context
