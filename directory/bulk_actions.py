"""Bulk actions on the services listing in Wagtail's admin."""

from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from directory.models import Service
from directory.services import services_mark_verified


class MarkVerifiedBulkAction(SnippetBulkAction):
    """Record today's check for all selected services, after one confirmation."""

    display_name = _("Markeren als gecontroleerd")
    action_type = "mark_verified"
    aria_label = _("Geselecteerd aanbod markeren als gecontroleerd")
    template_name = "directory/admin/confirm_bulk_verify.html"
    action_priority = 20

    @classproperty
    def models(cls):
        return [Service]

    def check_perm(self, obj) -> bool:
        if getattr(self, "_can_change", None) is None:
            self._can_change = self.request.user.has_perm("directory.change_service")
        return self._can_change

    def get_execution_context(self) -> dict:
        return {"user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs) -> tuple[int, int]:
        return services_mark_verified(service_ids=[s.pk for s in objects], user=user), 0

    def get_success_message(self, num_parent_objects: int, num_child_objects: int) -> str:
        return ngettext(
            "Gemarkeerd als gecontroleerd: %(count)d aanbod.",
            "Gemarkeerd als gecontroleerd: %(count)d aanbod.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
