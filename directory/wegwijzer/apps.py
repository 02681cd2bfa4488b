from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WegwijzerConfig(AppConfig):
    """Wegwijzer: a guided questionnaire that routes residents to help on the social map."""

    name = "directory.wegwijzer"
    label = "wegwijzer"
    verbose_name = _("Wegwijzer")
    default_auto_field = "django.db.models.BigAutoField"
    demo_loader = "directory.wegwijzer.demo.load"
