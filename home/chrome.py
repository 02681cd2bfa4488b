"""The parts of every page around the content: site name, menu, footer, contacts, languages.

What the header and footer show is the same for every visitor of one site in one language, so
it is built once and kept in the cache as plain data, keyed by site and language under the
page cache's generation: whatever purges the page cache (publishing, moving or deleting a page,
saving the site settings, a Site or an image) also makes this stale. Per request only the
"current page" mark of the menu is worked out.
"""

from dataclasses import dataclass, replace

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from steunwijzer.ops.cache import cached
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Page, Site

from home import selectors
from home.locales import active_locale, localized
from home.models import SiteSettings


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    is_current: bool = False


@dataclass(frozen=True)
class Logo:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class Contact:
    address: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""


@dataclass(frozen=True)
class EmergencyNumber:
    label: str
    phone: str
    description: str = ""


@dataclass(frozen=True)
class RootRef:
    """The site's root page in the active language: enough for breadcrumbs."""

    pk: int
    depth: int


@dataclass(frozen=True)
class Chrome:
    site_name: str
    organisation_name: str
    tagline: str
    theme: str
    is_demo: bool
    home_url: str
    root: RootRef | None
    contact: Contact
    logo: Logo | None = None
    menu: tuple[Link, ...] = ()
    footer_links: tuple[Link, ...] = ()
    # Filled in by editors in the site settings; empty means "use the national numbers".
    emergency_numbers: tuple[EmergencyNumber, ...] = ()
    emergency_contact: EmergencyNumber | None = None

    @property
    def current_menu_urls(self) -> str:
        """The menu items marked as the current page: the menu's HTML varies by this alone."""
        return " ".join(link.url for link in self.menu if link.is_current)


@dataclass(frozen=True)
class Alternate:
    code: str
    name: str
    url: str
    absolute_url: str
    is_current: bool


def chrome_for_request(request) -> Chrome:
    """What the header and footer show for this request (cached per site and language)."""
    known = getattr(request, "_steunwijzer_chrome", None)
    if known is not None:
        return known
    site = Site.find_for_request(request)
    language = translation.get_language() or settings.LANGUAGE_CODE
    chrome = cached(
        f"chrome:{site.pk if site else 0}:{language}", lambda: build_chrome(site, request)
    )
    path = request.path
    chrome = replace(
        chrome,
        menu=tuple(
            replace(link, is_current=bool(link.url) and path.startswith(link.url))
            for link in chrome.menu
        ),
    )
    request._steunwijzer_chrome = chrome
    return chrome


def build_chrome(site: Site | None, request) -> Chrome:
    """Read the chrome of one site in the active language from the database."""
    site_settings = SiteSettings.for_site(site) if site else None
    root = localized(site.root_page) if site else None
    menu = ()
    if root is not None:
        menu = tuple(
            Link(page.title, url)
            for page in selectors.menu_pages(root=root)
            if (url := page.get_url(request))
        )
    logo = None
    if site_settings and site_settings.logo_id:
        # Like the {% image %} tag: a logo the media storage cannot read leaves the header
        # without a logo instead of failing the page.
        rendition = get_rendition_or_not_found(site_settings.logo, "height-80")
        if rendition.url:
            logo = Logo(rendition.url, rendition.width, rendition.height)
    contact, numbers, emergency_contact = Contact(), (), None
    if site_settings is not None:
        contact = Contact(
            address=site_settings.contact_address,
            phone=site_settings.contact_phone,
            email=site_settings.contact_email,
            hours=site_settings.contact_hours,
        )
        if site_settings.pk:
            numbers = tuple(
                EmergencyNumber(n.label, n.phone, n.description)
                for n in site_settings.emergency_numbers.all()
            )
        if site_settings.emergency_contact_phone:
            emergency_contact = EmergencyNumber(
                site_settings.emergency_contact_label, site_settings.emergency_contact_phone
            )
    return Chrome(
        site_name=(site.site_name if site else "") or settings.WAGTAIL_SITE_NAME,
        organisation_name=(site_settings.organisation_name if site_settings else "")
        or settings.WAGTAIL_SITE_NAME,
        tagline=site_settings.tagline if site_settings else "",
        theme=site_settings.theme if site_settings else "blauw",
        is_demo=bool(site_settings and site_settings.is_demo),
        home_url=(root.get_url(request) if root else None) or "/",
        root=RootRef(root.pk, root.depth) if root else None,
        contact=contact,
        logo=logo,
        menu=menu,
        footer_links=_footer_links(site_settings, request),
        emergency_numbers=numbers,
        emergency_contact=emergency_contact,
    )


def _footer_links(site_settings: SiteSettings | None, request) -> tuple[Link, ...]:
    if site_settings is None or not site_settings.pk:
        return ()
    links = list(site_settings.footer_links.select_related("page").all())
    # Show the translation of each linked page in the active language, in one query.
    locale = active_locale()
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
    return tuple(result)


def breadcrumbs_for(request, page: Page, root: RootRef | None) -> tuple[Link, ...]:
    """The ancestors of a page from the site root down (without the page itself)."""
    # base.html keeps the rendered breadcrumbs in the cache, per page, site and language.
    if root is None or not isinstance(page, Page) or not page.pk:
        return ()
    return tuple(
        Link(crumb.title, crumb.get_url(request) or "")
        for crumb in selectors.breadcrumb_pages(page=page, root=root)
    )


def alternates_for(request, page: Page | None) -> list[Alternate]:
    """The same page in every language it exists in, for hreflang and the language switcher."""
    current = translation.get_language()
    names = dict(settings.LANGUAGES)
    if isinstance(page, Page) and page.pk:

        def build():
            found = {}
            for translated in page.get_translations(inclusive=True).live().select_related("locale"):
                url = translated.get_url(request)
                if url:
                    found[translated.locale.language_code] = url
            return found

        urls = cached(f"alternates:{page.pk}", build)
        codes = sorted(urls, key=lambda c: list(names).index(c) if c in names else 99)
    else:
        urls = {code: translate_url(request.path, code) for code in names}
        codes = list(names)
    return [
        Alternate(
            code,
            names.get(code, code),
            urls[code],
            request.build_absolute_uri(urls[code]),
            code == current,
        )
        for code in codes
    ]
