"""Which backend answers: the database, or Elasticsearch with the database as fallback."""

import logging
import time

from django.conf import settings

from directory.search.base import SearchBackend, SearchQuery, SearchResult
from directory.search.database import DatabaseBackend

logger = logging.getLogger(__name__)
_down_until = 0.0


class FallbackBackend:
    """Elasticsearch first; on any error or timeout the database, with a logged warning."""

    def __init__(self, primary: SearchBackend, fallback: SearchBackend, pause: float):
        self.primary, self.fallback, self.pause = primary, fallback, pause
        self.name = primary.name

    def search(self, query: SearchQuery) -> SearchResult:
        global _down_until
        if time.monotonic() < _down_until:
            return self.fallback.search(query)
        try:
            return self.primary.search(query)
        except Exception as exc:
            # Any failure (connection, timeout, missing index) must not reach the resident.
            # Skip the primary for a while so every page does not wait for the timeout again.
            _down_until = time.monotonic() + self.pause
            logger.warning("Directory search fell back to the database: %r", exc)
            return self.fallback.search(query)

    def index(self, service_ids) -> None:
        self.primary.index(service_ids)

    def unindex(self, service_ids) -> None:
        self.primary.unindex(service_ids)

    def rebuild(self, *, progress=None) -> int:
        return self.primary.rebuild(progress=progress)


def get_backend() -> SearchBackend:
    """The configured backend: Elasticsearch (with fallback) when ELASTICSEARCH_URL is set."""
    url = settings.DIRECTORY_ELASTICSEARCH_URL
    if not url:
        return DatabaseBackend()
    from directory.search.elastic import ElasticsearchBackend

    return FallbackBackend(
        ElasticsearchBackend(url, settings.DIRECTORY_SEARCH_TIMEOUT),
        DatabaseBackend(),
        pause=settings.DIRECTORY_SEARCH_RETRY_AFTER,
    )


def reset_fallback() -> None:
    """Forget an earlier failure (used by tests and after a rebuild)."""
    global _down_until
    _down_until = 0.0
