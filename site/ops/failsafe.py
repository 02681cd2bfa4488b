"""A cache backend that wraps another and turns its failures into misses.

Wagtail (site root paths), sessions (cached_db), rate limits and the page cache all use the
default cache; with Redis or memcached down, every call would raise and every page would be a
500. Wrapped, a failing call is logged (at most once a minute per process) and answered as a
miss, so the site keeps serving from the database, only slower.

    CACHES = {"default": {"BACKEND": "steunwijzer.ops.failsafe.FailSafeCache",
                          "OPTIONS": {"BACKEND": "...RedisCache", "LOCATION": "redis://..."}}}
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)
WARN_EVERY_SECONDS = 60


class FailSafeCache(BaseCache):
    """Delegates to OPTIONS["BACKEND"] at OPTIONS["LOCATION"]; errors become misses."""

    def __init__(self, location, params):
        options = dict(params.get("OPTIONS") or {})
        backend = import_string(options.pop("BACKEND"))
        inner_location = options.pop("LOCATION", "")
        inner_params = {k: v for k, v in params.items() if k not in ("OPTIONS", "BACKEND")}
        inner_params["OPTIONS"] = options.pop("OPTIONS", {})
        super().__init__({k: v for k, v in params.items() if k != "OPTIONS"})
        self.inner = backend(inner_location, inner_params)
        self._warned_at = 0.0

    def _failed(self, operation: str, exc: Exception) -> None:
        now = time.monotonic()
        if now - self._warned_at >= WARN_EVERY_SECONDS:
            self._warned_at = now
            logger.warning("Cache %s failed, answered as a miss: %r", operation, exc)

    def _call(self, operation: str, fallback, *args, **kwargs):
        try:
            return getattr(self.inner, operation)(*args, **kwargs)
        except Exception as exc:
            self._failed(operation, exc)
            return fallback

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default=default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call("set", None, key, value, timeout=timeout, version=version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # True, as if stored: callers that count with add() and incr() then allow the request.
        return self._call("add", True, key, value, timeout=timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout=timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout=timeout, version=version)

    def delete_many(self, keys, version=None):
        self._call("delete_many", None, keys, version=version)

    def incr(self, key, delta=1, version=None):
        try:
            return self.inner.incr(key, delta, version=version)
        except ValueError:
            raise  # a missing key is the caller's business, not a failure
        except Exception as exc:
            self._failed("incr", exc)
            return delta

    def decr(self, key, delta=1, version=None):
        return self.incr(key, -delta, version=version)

    def clear(self):
        self._call("clear", None)

    def close(self, **kwargs):
        self._call("close", None, **kwargs)
