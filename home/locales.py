"""The Locale of the active language, read from the cache instead of the database.

Wagtail's `Locale.get_active()` runs a query on every call, and one page asks many times (each
internal link in a StreamField, the chrome, the search). Locales change only when a language is
added or removed; saving one purges the page cache's generation, which this key includes.
"""

from django.conf import settings
from django.utils.translation import get_language, get_supported_language_variant
from steunwijzer.ops.cache import cached
from wagtail.models import Locale, Page


def active_locale() -> Locale:
    """The Locale of the active language (Wagtail's default Locale when there is none)."""
    try:
        code = get_supported_language_variant(get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        code = settings.LANGUAGE_CODE
    return cached(f"locale:{code}", Locale.get_active)


def localized(page: Page) -> Page:
    """The live translation of a page in the active language, else the page itself (as Wagtail's
    `Page.localized`, without the Locale query)."""
    locale = active_locale()
    if page.locale_id == locale.id:
        return page
    translation = page.get_translation_or_none(locale)
    return translation if translation is not None and translation.live else page
