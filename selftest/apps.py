from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SelftestConfig(AppConfig):
    """The municipal self-test on independent client support, for Wmo councils."""

    name = "selftest"
    verbose_name = _("Zelftest")
    demo_loader = "selftest.demo.load"

    def ready(self) -> None:
        from selftest import signals

        signals.connect()
