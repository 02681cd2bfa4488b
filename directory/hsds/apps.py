from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HsdsConfig(AppConfig):
    """Open data: Open Referral HSDS 3.0 export, import and read API for the social map."""

    name = "directory.hsds"
    label = "hsds"
    verbose_name = _("Open data (HSDS)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from directory.hsds import signals  # noqa: F401 - connects the handlers
