"""The wegwijzer in Wagtail's admin: the anonymous figures under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from directory.wegwijzer.admin_views import PERMISSION, StatisticsView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("wegwijzer/cijfers/", StatisticsView.as_view(), name="wegwijzer_statistics")]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Cijfers wegwijzer"),
        reverse("wegwijzer_statistics"),
        name="wegwijzer-statistics",
        icon_name="table",
        order=900,
    )
