"""Requests per client in a window, counted in the shared cache (works across app servers)."""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


@dataclass(frozen=True)
class Allowance:
    """Whether this request may go ahead, and what is left of the window."""

    allowed: bool
    limit: int
    remaining: int
    window: int


def _key(client: str) -> str:
    # Only a salted hash of the address is kept, and only for the window.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client}".encode()).hexdigest()[:32]
    return f"hsds:rate:{digest}"


def hit(client: str) -> Allowance:
    """Count one request of this client (its address)."""
    limit, window = settings.HSDS_API_RATE_LIMIT, settings.HSDS_API_RATE_WINDOW
    key = _key(client)
    if cache.add(key, 1, window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, window)
            count = 1
    return Allowance(count <= limit, limit, max(0, limit - count), window)
