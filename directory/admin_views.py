"""Admin views beyond Wagtail's generic ones: marking a service as verified."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from directory.models import Service
from directory.services import service_mark_verified


class MarkVerifiedView(WagtailAdminTemplateMixin, TemplateView):
    """Asks for confirmation (GET) and records today's check (POST)."""

    template_name = "directory/admin/confirm_verify.html"
    page_title = gettext_lazy("Markeren als gecontroleerd")
    header_icon = "tick"

    def dispatch(self, request, *args, pk, **kwargs):
        self.service = get_object_or_404(Service, pk=pk)
        if not request.user.has_perm("directory.change_service"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.service)

    def next_url(self) -> str:
        return self.request.GET.get("next") or reverse("wagtailsnippets_directory_service:list")

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "service": self.service,
            "next_url": self.next_url(),
        }

    def post(self, request, *args, **kwargs):
        service_mark_verified(service=self.service, user=request.user)
        messages.success(
            request, _("%(name)s is gemarkeerd als gecontroleerd.") % {"name": self.service.name}
        )
        return redirect(self.next_url())
