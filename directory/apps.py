from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    """Social map (sociale kaart) and the wegwijzer questionnaire."""

    name = "directory"
    verbose_name = _("Sociale kaart")
    default_auto_field = "django.db.models.BigAutoField"
    demo_loader = "directory.demo.load"

    def ready(self):
        from directory import signals  # noqa: F401 - connects the handlers
