"""Full-page cache for anonymous visitors of Wagtail pages: keys, rules and purging.

Entries are keyed by host (one Wagtail Site per host), language, path and query string, under a
generation number. Purging bumps the generation, so every server sharing the cache stops using
the old entries at once; a publish changes menus, listings and related pages too, so purging
only the edited page would leave stale copies elsewhere.

Never stored: requests with a session or messages cookie or an Authorization header; responses
that wrote to or read a non-empty session, used a CSRF token, set a cookie or say private or
no-store; anything but a 200 HTML page of Wagtail's page view; the page types in
PAGE_CACHE_NEVER_PAGE_TYPES (the wegwijzer) and the paths in PAGE_CACHE_NEVER_PATHS (admin,
self-test).
"""

import hashlib
import logging
import time
from collections.abc import Callable, Mapping
from typing import TypeVar

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
T = TypeVar("T")
K = TypeVar("K")
# Headers that belong to one response only.
_NOT_STORED = {"set-cookie", "x-request-id", "x-page-cache"}


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def generation() -> int:
    """The current generation; a purge starts a new one. Other caches of rendered data key
    on it too (the site chrome), so one purge makes all of them stale."""
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Lost (a new or flushed cache, an evicted key): start from the clock, never from an
        # earlier number, so entries of a generation before the loss are never taken as current.
        cache.add(GENERATION_KEY, _fresh_generation(), None)
        generation = cache.get(GENERATION_KEY) or _fresh_generation()
    return generation


def _fresh_generation() -> int:
    return time.time_ns() // 1000  # microseconds: larger than any number counted up before


def cached(key: str, build: Callable[[], T], *, in_generation: int | None = None) -> T:
    """What `build()` returns, kept under `key` in the current generation (or `in_generation`,
    to read several parts of one request from the same one) for FRAGMENT_CACHE_SECONDS.

    For data that only editors change (the site chrome, labels, facet counts): whatever purges
    the page cache makes it stale too. A None from `build()` is kept as well.
    """
    cache = page_cache()
    number = generation() if in_generation is None else in_generation
    full_key = f"{key}:{number}"
    found = cache.get(full_key)
    if found is None:
        found = (build(),)  # in a tuple, so a stored None is not a miss
        cache.set(full_key, found, settings.FRAGMENT_CACHE_SECONDS)
    return found[0]


def cached_many(
    keys: Mapping[K, str],
    build: Callable[[list[K]], Mapping[K, T]],
    *,
    in_generation: int | None = None,
) -> dict[K, T]:
    """For each item of `keys`, what `build` gives for it, kept under its key like `cached()`.

    One round trip for all of them; `build` is called once with only the items the cache
    lacks (one query for all, not one per item). Items `build` leaves out are not stored.
    """
    cache = page_cache()
    number = generation() if in_generation is None else in_generation
    full_keys = {item: f"{key}:{number}" for item, key in keys.items()}
    found = cache.get_many(list(full_keys.values()))
    result = {item: found[key] for item, key in full_keys.items() if key in found}
    missing = [item for item in full_keys if item not in result]
    if missing:
        built = build(missing)
        cache.set_many(
            {full_keys[item]: value for item, value in built.items()},
            settings.FRAGMENT_CACHE_SECONDS,
        )
        result.update(built)
    return result


def cache_key(request) -> str:
    """The entry of this URL: site (host), language, path and query string, per generation."""
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    raw = "\n".join(
        [request.get_host().lower(), language, request.path, request.META.get("QUERY_STRING", "")]
    )
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"pagecache:{generation()}:{digest}"


def purge_all(**kwargs) -> None:
    """Make every stored page stale (a signal receiver; takes and ignores the signal's args)."""
    try:
        cache = page_cache()
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.set(GENERATION_KEY, _fresh_generation(), None)
    except Exception:
        # A broken cache cannot serve stale pages either; never fail the editor's publish.
        logger.warning("Page cache purge failed", exc_info=True)


def may_use(request) -> bool:
    """Whether this request may be answered from, or stored in, the page cache."""
    if not settings.PAGE_CACHE_SECONDS or request.method != "GET":
        return False
    if any(request.path.startswith(p) for p in _never_paths()):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _never_paths() -> list[str]:
    paths = list(settings.PAGE_CACHE_NEVER_PATHS)
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            paths += [f"/{code}{p}" for p in settings.PAGE_CACHE_NEVER_PATHS]
    return paths


def may_store(request, response) -> bool:
    """Whether this response is the same for every anonymous visitor of this URL."""
    match = getattr(request, "resolver_match", None)
    if response.status_code != 200 or match is None or match.url_name != "wagtail_serve":
        return False
    if response.streaming or response.cookies or response.has_header("Set-Cookie"):
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    directives = {d.strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    if directives & {"private", "no-store", "no-cache"}:
        return False
    # The templates read the (empty) session of every anonymous visitor through request.user;
    # a session with content or one just written makes the page personal.
    session = getattr(request, "session", None)
    if session is not None and (session.modified or (session.accessed and not session.is_empty())):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    page = (getattr(response, "context_data", None) or {}).get("page")
    label = page._meta.label if page is not None else ""
    return label not in settings.PAGE_CACHE_NEVER_PAGE_TYPES


def entry_for(response) -> tuple[int, list[tuple[str, str]], bytes]:
    headers = [(k, v) for k, v in response.items() if k.lower() not in _NOT_STORED]
    return response.status_code, headers, response.content
