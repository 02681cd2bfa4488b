"""Keep Elasticsearch in step with the database, after the transaction commits."""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)


def _run(action: str, ids: list[int]) -> None:
    from directory.search.registry import get_backend

    try:
        getattr(get_backend(), action)(ids)
    except Exception as exc:
        # A failed index update must not undo the editor's save; a rebuild repairs the index.
        logger.warning("Directory index %s failed for %s: %r", action, ids, exc)


def index_on_commit(service_ids: Iterable[int]) -> None:
    """(Re)index these services once the current transaction has committed."""
    ids = list(service_ids)
    if settings.DIRECTORY_ELASTICSEARCH_URL and ids:
        transaction.on_commit(lambda: _run("index", ids))


def unindex_on_commit(service_ids: Iterable[int]) -> None:
    """Remove these services from the index once the transaction has committed."""
    ids = list(service_ids)
    if settings.DIRECTORY_ELASTICSEARCH_URL and ids:
        transaction.on_commit(lambda: _run("unindex", ids))
