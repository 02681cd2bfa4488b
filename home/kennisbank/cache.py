"""A cache for what the finder counts and ranks, valid until editors publish.

Counting and ranking thousands of publications is most of a finder request's time, and the
outcome (facet counts, term labels, the relevance order) changes only when a page is published,
unpublished, moved or deleted, or a term or publisher is saved: each of those starts a new
generation of the page cache (steunwijzer.ops.cache). So it is kept per finder, language,
search words and filter state under that generation; paging on, sorting or coming back does
not count again.
"""

import hashlib
import json
from collections.abc import Callable
from typing import TypeVar

from django.utils import translation
from steunwijzer.ops.cache import cached

from home.kennisbank.filters import PublicationFilter

T = TypeVar("T")


def filter_state(filterset: PublicationFilter) -> dict:
    """The cleaned filters in a stable form: facets as sorted slugs or years, plain values."""
    state = {}
    for name, value in filterset.form.cleaned_data.items():
        if isinstance(value, list | tuple):
            # Term filters clean to a list of terms, the year filter to a list of strings.
            value = sorted(str(getattr(item, "slug", item)) for item in value)
        state[name] = value
    return state


def finder_cached(
    part: str, *, kennisbank_pk: int, words: list[str], state: dict, build: Callable[[], T]
) -> T:
    """What `build()` returns for this finder state, from the cache when it was built before."""
    raw = json.dumps(
        [part, kennisbank_pk, translation.get_language(), words, state],
        sort_keys=True,
        default=str,
    )
    return cached(f"kennisbank:{part}:{hashlib.sha256(raw.encode()).hexdigest()}", build)
