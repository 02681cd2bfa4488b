"""Template context for fragment caching."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject
from steunwijzer.ops.cache import generation


def cache_generation(request):
    """`cache_seconds`, and `cache_generation` for the vary-on list of a `{% wagtailpagecache %}`
    fragment that shows more than its own page (news, links to other pages, images): whatever
    purges the page cache then makes the fragment stale too. Read only when a template uses it."""
    return {
        "cache_seconds": settings.FRAGMENT_CACHE_SECONDS,
        "cache_generation": SimpleLazyObject(generation),
    }
