"""Wagtail's page routing, with its lookups kept in the cache.

Before any page view runs, Wagtail finds the page: the active Locale, the site's root page as
its specific type, then for every path segment the child page with that slug and again as its
specific type, and finally the view restrictions of the page and all its ancestors. That is
five or more queries, about a fifth of a social map page's time, and the answer changes only
when editors publish, unpublish, move or delete a page or change its privacy. Each of those
purges the page cache's generation, under which these lookups are kept: a routed page is never
staler than a cached page.

Cached are page objects (pickled, so every request gets its own copy) and, for the
restrictions, only which parts of the tree have any; a page below one still asks the database.
"""

import hashlib

from django.http import Http404
from django.utils.translation import get_language
from steunwijzer.ops.cache import cached
from wagtail.models import Page, PageViewRestriction, Site

from home.locales import localized


def prefill(request, path: str) -> None:
    """Route the request the way Wagtail's `Page.route_for_request` does, from the cache.

    Wagtail keeps its answer on the request (`_wagtail_route_for_request`, `None` for "no
    page") and reuses one found there; tests/home/test_routing.py fails if it stops doing so.
    """
    if hasattr(request, "_wagtail_route_for_request"):
        return
    result = None
    site = Site.find_for_request(request)
    if site is not None:
        components = [component for component in path.split("/") if component]
        try:
            result = site_root(site).route(request, components)
        except Http404:
            result = None
    request._wagtail_route_for_request = result


def site_root(site: Site) -> Page:
    """The site's root page in the active language, as its specific type."""
    return cached(
        f"route:root:{site.pk}:{get_language()}",
        lambda: localized(site.root_page).specific,
    )


def child(parent: Page, slug: str) -> Page | None:
    """The child page of `parent` with this slug (live or not), as its specific type."""
    # Slugs may hold any letter; cache keys must be short and ASCII.
    key = slug if slug.isascii() and len(slug) <= 100 else hashlib.sha256(slug.encode()).hexdigest()
    found = cached(f"route:child:{parent.pk}:{key}", lambda: _find_child(parent, slug))
    if found is not None:
        found._cached_parent_obj = parent  # as Wagtail does: get_parent() needs no query
    return found


def _find_child(parent: Page, slug: str) -> Page | None:
    models = parent.specific_class.allowed_subpage_models() if parent.specific_class else []
    if len(models) == 1 and models[0] is not Page:
        # One possible type (news items, publications): one query instead of two.
        found = models[0].objects.child_of(parent).filter(slug=slug).first()
        if found is not None:
            return found
    found = parent.get_children().filter(slug=slug).first()
    return found.specific if found is not None else None


def may_be_restricted(page: Page) -> bool:
    """Whether a view restriction could apply to this page: on it, on an ancestor, or on
    the page an alias among them stands for (Wagtail's rules in `get_view_restrictions`)."""
    return page.path.startswith(cached("route:restricted", _restricted_paths))


def _restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages with a restriction and of the aliases (of aliases) of those."""
    ids = set(PageViewRestriction.objects.values_list("page_id", flat=True))
    added = set(ids)
    while added:
        added = set(Page.objects.filter(alias_of_id__in=added).values_list("pk", flat=True)) - ids
        ids |= added
    return tuple(Page.objects.filter(pk__in=ids).values_list("path", flat=True))
