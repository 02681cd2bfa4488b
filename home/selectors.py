"""Reads for the content site: news, navigation, breadcrumbs and page search."""

import re

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Page, Site

from home.locales import active_locale, localized
from home.models import HomePage, NewsIndexPage, NewsPage
from home.pagination import PageResult, paginate

MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w+")


def news_latest(*, home: HomePage, limit: int) -> list[NewsPage]:
    """The newest published news items below this home page."""
    return list(NewsPage.objects.live().public().descendant_of(home).order_by("-date")[:limit])


def news_page_for_index(*, index: NewsIndexPage, page_number: str | None) -> PageResult:
    """One page of the news items of a news index."""
    items = NewsPage.objects.live().public().child_of(index).order_by("-date", "-pk")
    return paginate(items, page_number=page_number, per_page=settings.PAGE_SIZE)


def site_root_for_request(request) -> Page | None:
    """The root page of the request's Site, in the active language when a translation exists."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return localized(site.root_page)


def menu_pages(*, root: Page) -> QuerySet[Page]:
    """Pages that editors marked "show in menus" directly below the site root."""
    return root.get_children().live().public().in_menu().specific(defer=True)


def breadcrumb_pages(*, page: Page, root: Page) -> list[Page]:
    """The ancestors of a page from the site root down, without the page itself."""
    if page.pk == root.pk:
        return []
    return list(page.get_ancestors().filter(depth__gte=root.depth))


def search_words(text: str) -> str:
    """Only the words of a query, so quotes, operators and control characters never reach the
    search engine's own query syntax (an unbalanced quote breaks SQLite FTS5)."""
    return " ".join(WORD.findall(text[:MAX_QUERY_LENGTH]))


def pages_search(*, root: Page | None, query: str):
    """Live public pages of one site, in the active language, that match the words."""
    query = search_words(query)
    if not query:
        return Page.objects.none()
    pages = Page.objects.live().public()
    if root is not None:
        pages = pages.descendant_of(root, inclusive=True)
    return pages.filter(locale=active_locale()).search(query, operator="and")
