"""Middleware: request ids and the request log, the database-down page, the page cache, the
cached Wagtail Site of a host."""

import logging
import re
import time
import uuid

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.http.request import split_domain_port
from steunwijzer.ops import cache as page_cache
from steunwijzer.ops.errors import service_unavailable
from steunwijzer.ops.logging import request_id_var

request_logger = logging.getLogger("steunwijzer.request")
cache_logger = logging.getLogger("steunwijzer.ops.cache")
# An id from the proxy is kept only when it looks like one (no log injection, bounded length).
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{8,128}$")


def logged_path(request) -> str:
    """The path without the query string and with secret URL parts (invitation tokens) masked."""
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name in settings.LOG_MASKED_URL_KWARGS:
            value = match.kwargs.get(name)
            if value:
                path = path.replace(str(value), "…")
    return path


class RequestIdMiddleware:
    """Takes X-Request-ID from the proxy (or makes one), returns it, and logs each request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _VALID_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = request_id_var.set(request_id)
        start = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id
            request_logger.info(
                "%s %s %s",
                request.method,
                logged_path(request),
                response.status_code,
                extra={
                    "method": request.method,
                    "path": logged_path(request),
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - start) * 1000, 1),
                },
            )
            return response
        finally:
            request_id_var.reset(token)


class DatabaseUnavailableMiddleware:
    """A view that cannot reach the database gets the friendly 503 page, not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError):
            return service_unavailable(request, exception)
        return None


class PageCacheMiddleware:
    """Serves and stores whole pages for anonymous visitors; see steunwijzer.ops.cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not page_cache.may_use(request):
            return self.get_response(request)
        key = None
        try:
            key = page_cache.cache_key(request)
            entry = page_cache.page_cache().get(key)
        except Exception:
            # A broken cache must never take the site down: serve the page uncached.
            cache_logger.warning("Page cache unavailable", exc_info=True)
            entry = None
        if entry is not None:
            status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if key is not None and page_cache.may_store(request, response):
            try:
                page_cache.page_cache().set(
                    key, page_cache.entry_for(response), settings.PAGE_CACHE_SECONDS
                )
                response["X-Page-Cache"] = "miss"
            except Exception:
                cache_logger.warning("Page cache store failed", exc_info=True)
        return response


class SiteCacheMiddleware:
    """Gives Wagtail the request's Site from the cache instead of the database.

    Wagtail looks the Site up on every page request (`Site.find_for_request`): a query whose
    ORM expression alone costs about a quarter of a fast page's time. Wagtail keeps the answer
    on the request as `_wagtail_site`, so filling that in first skips the lookup. A lookup the
    view made is stored afterwards, per host and port under the purge generation (saving a Site
    or publishing purges); this middleware itself never touches the database. A test fails
    when a Wagtail upgrade stops reading the attribute.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            hostname = split_domain_port(request.get_host())[0]
            key = f"site:{page_cache.generation()}:{hostname}:{request.get_port()}"
        except DisallowedHost:
            return self.get_response(request)  # CommonMiddleware answers this one
        cache = page_cache.page_cache()
        site = cache.get(key)
        if site is not None:
            request._wagtail_site = site
        response = self.get_response(request)
        found = getattr(request, "_wagtail_site", None)
        if site is None and found is not None:
            cache.set(key, found, settings.FRAGMENT_CACHE_SECONDS)
        return response
