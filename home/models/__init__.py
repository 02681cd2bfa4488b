"""Models of the content site; split by concern so each module stays small."""

from .kennisbank import DatePrecision, KennisbankPage, PublicationPage, RelatedPublication
from .pages import BasePage, ContentPage, HomePage, NewsIndexPage, NewsPage
from .site_settings import EmergencyNumber, FooterLink, SiteSettings
from .taxonomy import Audience, PublicationKind, Publisher, Theme

__all__ = [
    "Audience",
    "BasePage",
    "ContentPage",
    "DatePrecision",
    "EmergencyNumber",
    "FooterLink",
    "HomePage",
    "KennisbankPage",
    "NewsIndexPage",
    "NewsPage",
    "PublicationKind",
    "PublicationPage",
    "Publisher",
    "RelatedPublication",
    "SiteSettings",
    "Theme",
]
