"""Stable HSDS ids (uuid) for our objects and their parts, without storing them."""

import uuid
from functools import cache

from django.conf import settings

# Fixed for every Steunwijzer installation: the same taxonomy term has the same id everywhere,
# so neighbours' files map onto ours by id.
STEUNWIJZER_NAMESPACE = uuid.UUID("6f1c7d2e-3b4a-5c6d-8e9f-0a1b2c3d4e5f")


@cache
def _installation_namespace(configured: str, base_url: str) -> uuid.UUID:
    if configured:
        return uuid.UUID(configured)
    return uuid.uuid5(uuid.NAMESPACE_URL, base_url.rstrip("/") + "/hsds")


def installation_namespace() -> uuid.UUID:
    """The namespace of this installation's own ids (see HSDS_ID_NAMESPACE)."""
    return _installation_namespace(settings.HSDS_ID_NAMESPACE, settings.WAGTAILADMIN_BASE_URL)


def _prefix(kind: str) -> str:
    return str(uuid.uuid5(installation_namespace(), kind))[:24]


def own_id(kind: str, pk: int) -> str:
    """The id we give an object that never came with one of its own.

    A per-installation uuid5 whose last 12 hex digits are the primary key, so an id can be
    turned back into a pk without a lookup table.
    """
    return f"{_prefix(kind)}{pk:012x}"


def own_pk(kind: str, hsds_id: str) -> int | None:
    """The primary key inside one of our own ids, or None for any other id."""
    text = str(hsds_id).lower()
    if len(text) != 36 or not text.startswith(_prefix(kind)):
        return None
    try:
        return int(text[24:], 16)
    except ValueError:
        return None


def child_id(parent_id: str, part: str) -> str:
    """The id of a part (phone, schedule, attribute) derived from its parent's id."""
    return str(uuid.uuid5(uuid.UUID(parent_id), part))


def shared_id(part: str) -> str:
    """An id that is the same in every installation (taxonomies and their terms)."""
    return str(uuid.uuid5(STEUNWIJZER_NAMESPACE, part))
