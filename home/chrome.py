"""The parts of every page around the content: site name, menu, footer links, languages.

Computed once per request and kept on the request, so the header and footer together cost a
fixed handful of queries whatever the page.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Locale, Page, Site

from home import selectors
from home.models import SiteSettings


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    is_current: bool = False


@dataclass(frozen=True)
class Chrome:
    site_name: str
    organisation_name: str
    tagline: str
    theme: str
    is_demo: bool
    home_url: str
    root: Page | None
    settings: SiteSettings | None
    logo: object = None
    menu: list[Link] = field(default_factory=list)
    footer_links: list[Link] = field(default_factory=list)


@dataclass(frozen=True)
class Alternate:
    code: str
    name: str
    url: str
    absolute_url: str
    is_current: bool


def chrome_for_request(request) -> Chrome:
    """Build (once per request) what the header and footer show."""
    cached = getattr(request, "_steunwijzer_chrome", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_site(site) if site else None
    root = selectors.site_root_for_request(request)
    path = request.path
    menu = []
    if root is not None:
        for page in selectors.menu_pages(root=root):
            url = page.get_url(request)
            menu.append(Link(page.title, url, is_current=bool(url) and path.startswith(url)))
    logo = None
    if site_settings and site_settings.logo_id:
        # Like the {% image %} tag: a logo the media storage cannot read leaves the header
        # without a logo instead of failing the page.
        logo = get_rendition_or_not_found(site_settings.logo, "height-80")
    chrome = Chrome(
        site_name=(site.site_name if site else "") or settings.WAGTAIL_SITE_NAME,
        organisation_name=(site_settings.organisation_name if site_settings else "")
        or settings.WAGTAIL_SITE_NAME,
        tagline=site_settings.tagline if site_settings else "",
        theme=site_settings.theme if site_settings else "blauw",
        is_demo=bool(site_settings and site_settings.is_demo),
        home_url=root.get_url(request) if root else "/",
        root=root,
        settings=site_settings,
        logo=logo,
        menu=menu,
        footer_links=_footer_links(site_settings, request),
    )
    request._steunwijzer_chrome = chrome
    return chrome


def _footer_links(site_settings: SiteSettings | None, request) -> list[Link]:
    if site_settings is None:
        return []
    links = list(site_settings.footer_links.select_related("page").all())
    # Show the translation of each linked page in the active language, in one query.
    locale = Locale.get_active()
    keys = [link.page.translation_key for link in links if link.page_id]
    translated = {}
    if locale and keys:
        translated = {
            p.translation_key: p
            for p in Page.objects.live().filter(translation_key__in=keys, locale=locale)
        }
    result = []
    for link in links:
        if link.page_id:
            page = translated.get(link.page.translation_key, link.page)
            url = page.get_url(request)
            if url and page.live:
                result.append(Link(link.label or page.title, url))
        elif link.url:
            result.append(Link(link.label, link.url))
    return result


def alternates_for(request, page: Page | None) -> list[Alternate]:
    """The same page in every language it exists in, for hreflang and the language switcher."""
    current = translation.get_language()
    names = dict(settings.LANGUAGES)
    if page is not None and getattr(page, "pk", None):
        result = []
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            code = translated.locale.language_code
            url = translated.get_url(request)
            if url:
                result.append(
                    Alternate(
                        code,
                        names.get(code, code),
                        url,
                        request.build_absolute_uri(url),
                        code == current,
                    )
                )
        return sorted(result, key=lambda a: list(names).index(a.code) if a.code in names else 99)
    result = []
    for code, name in settings.LANGUAGES:
        url = translate_url(request.path, code)
        result.append(Alternate(code, name, url, request.build_absolute_uri(url), code == current))
    return result
