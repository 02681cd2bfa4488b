from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Content site: pages, news, navigation, site settings and shared building blocks."""

    name = "home"
    verbose_name = _("Inhoud")
    demo_loader = "home.demo.loader.load"
    demo_finisher = "home.demo.loader.finish"
