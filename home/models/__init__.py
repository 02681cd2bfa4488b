"""Models of the content site; split by concern so each module stays small."""

from .pages import BasePage, ContentPage, HomePage, NewsIndexPage, NewsPage
from .site_settings import EmergencyNumber, FooterLink, SiteSettings

__all__ = [
    "BasePage",
    "ContentPage",
    "EmergencyNumber",
    "FooterLink",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "SiteSettings",
]
