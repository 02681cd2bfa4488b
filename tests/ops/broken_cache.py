"""A cache backend whose every call fails, like Redis that is down."""

from django.core.cache.backends.base import BaseCache


class BrokenCache(BaseCache):
    """Raises ConnectionError on every operation."""

    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    get = set = add = delete = touch = has_key = incr = clear = get_many = set_many = _fail
    delete_many = _fail
