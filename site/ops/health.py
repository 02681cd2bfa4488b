"""GET /health/: can this app server answer? For the load balancer; no personal data.

Only the database decides the status code (503 takes the server out of the pool). The cache and
Elasticsearch are shared by every server and the site degrades gracefully without them (pages
are served uncached, searches fall back to the database), so they report "degraded" with 200:
taking every server out because Redis restarts would turn a slowdown into an outage.
"""

import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

OK, DEGRADED, FAIL = "ok", "degraded", "fail"


def check_database() -> None:
    """Every configured database answers a trivial query."""
    for alias in connections:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()


def check_cache() -> None:
    """The default cache stores and returns a value."""
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("value not returned")
    cache.delete(key)


def check_search() -> str:
    """Elasticsearch answers a ping, when it is configured; returns the backend's name."""
    url = settings.DIRECTORY_ELASTICSEARCH_URL
    if not url:
        return "database"
    from directory.search.elastic import client

    if not client(url, settings.DIRECTORY_SEARCH_TIMEOUT).ping():
        raise RuntimeError("no answer")
    return "elasticsearch"


def _run(check: Callable[[], object], failure: str) -> dict:
    start = time.perf_counter()
    try:
        detail = check()
        result = {"status": OK}
        if isinstance(detail, str):
            result["backend"] = detail
    except Exception as exc:
        # The class name only: messages can carry host names and credentials.
        result = {"status": failure, "error": type(exc).__name__}
    result["ms"] = round((time.perf_counter() - start) * 1000, 1)
    return result


@never_cache
@require_GET
def health(request):
    """JSON with one entry per dependency; 200 unless the database is unreachable."""
    checks = {
        "database": _run(check_database, FAIL),
        "cache": _run(check_cache, DEGRADED),
        "search": _run(check_search, DEGRADED),
    }
    states = {c["status"] for c in checks.values()}
    status = FAIL if FAIL in states else DEGRADED if DEGRADED in states else OK
    return JsonResponse({"status": status, "checks": checks}, status=503 if status == FAIL else 200)
