"""Fixtures of the operations tests: cache settings for the page cache and fault tests."""

import pytest
from django.test import override_settings

FAILSAFE = "steunwijzer.ops.failsafe.FailSafeCache"
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"


def failsafe_over(backend: str, location: str = "ops-tests", **options) -> dict:
    """CACHES with the fail-safe wrapper around `backend`."""
    return {
        "default": {
            "BACKEND": FAILSAFE,
            "OPTIONS": {"BACKEND": backend, "LOCATION": location, "OPTIONS": options},
        }
    }


@pytest.fixture
def page_cache_on():
    """The page cache switched on for five minutes, as in production."""
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield


@pytest.fixture
def broken_cache():
    """The default cache is a server that refuses every connection, behind the wrapper."""
    with override_settings(CACHES=failsafe_over("tests.ops.broken_cache.BrokenCache")):
        yield
