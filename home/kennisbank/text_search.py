"""Full-text matches for the Kennisbank, best first, from Wagtail's search index.

On SQLite, Wagtail's database backend joins its FTS5 table to the index entries in one query,
and SQLite then runs the full-text match once per index entry: about a second for 5,000
publications. Asking the FTS5 table first and joining afterwards gives the same matches from
the same index in milliseconds. Other engines (PostgreSQL, Elasticsearch) go through Wagtail's
own search, which plans well there.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from home.models import PublicationPage

MAX_HITS = 1000
FTS_TABLE = "wagtailsearch_indexentry_fts"
# bm25 weights per FTS5 column, in the table's order (autocomplete, body, title): the title
# counts double, as a name boost.
FTS_RANK = f"bm25({FTS_TABLE}, 0.0, 1.0, 2.0)"
MATCHING_SQL = (
    "SELECT CAST(entry.object_id AS INTEGER) FROM wagtailsearch_indexentry entry "
    "WHERE entry.content_type_id = %s AND entry.id IN "
    "(SELECT rowid FROM wagtailsearch_indexentry_fts WHERE wagtailsearch_indexentry_fts MATCH %s)"
)
# CROSS JOIN makes SQLite keep the written order: the full-text match first, then one primary
# key look-up per hit (the other order runs the match once per index entry, see above). Ties in
# rank go to the older index entry, so the order does not depend on the sorter.
RANKED_SQL = (
    f"SELECT CAST(entry.object_id AS INTEGER) FROM {FTS_TABLE} "  # noqa: S608 - constants
    f"CROSS JOIN wagtailsearch_indexentry entry ON entry.id = {FTS_TABLE}.rowid "
    f"WHERE {FTS_TABLE} MATCH %s AND entry.content_type_id = %s "
    f"ORDER BY {FTS_RANK}, entry.id LIMIT %s"
)


@dataclass(frozen=True)
class TextMatches:
    """The publications that contain every word, and their ids best first on demand.

    Ranking every match costs more than matching, and only the relevance order needs it (and
    the finder keeps that order in its cache), so on SQLite it runs only when asked for.
    """

    queryset: QuerySet
    ranked_ids: Callable[[], list[int]]
    # Every matching object id, live or not (the facet index knows which are live).
    ids: Callable[[], set[int]]


def publications_matching(base: QuerySet, words: list[str]) -> TextMatches:
    """`base` narrowed to the publications that contain every word."""
    if _sqlite_database_search():
        match = _match_expression(words)
        content_type = ContentType.objects.get_for_model(PublicationPage)
        # A subquery, not a list of ids: every facet query reuses this filter, and a list of a
        # thousand ids costs more to compile than the count itself.
        matching = RawSQL(MATCHING_SQL, [content_type.pk, match])  # noqa: S611 - parameters
        return TextMatches(
            base.filter(pk__in=matching),
            lambda: _ranked_object_ids(match, content_type),
            lambda: _matching_object_ids(match, content_type),
        )
    found = base.defer_streamfields().search(" ".join(words), operator="and")[:MAX_HITS]
    hits = [page.pk for page in found]
    return TextMatches(base.filter(pk__in=hits), lambda: hits, lambda: set(hits))


def _sqlite_database_search() -> bool:
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return connection.vendor == "sqlite" and backend == "wagtail.search.backends.database"


def _match_expression(words: list[str]) -> str:
    # Words are \w+ runs (see home.selectors.search_words), quoted as FTS5 strings, so no
    # operator or syntax of the resident's reaches the engine.
    return "{title body} : (" + " AND ".join(f'"{word}"' for word in words) + ")"


def _ranked_object_ids(match: str, content_type: ContentType) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(RANKED_SQL, [match, content_type.pk, MAX_HITS])
        return [row[0] for row in cursor.fetchall()]


def _matching_object_ids(match: str, content_type: ContentType) -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(MATCHING_SQL, [content_type.pk, match])
        return {row[0] for row in cursor.fetchall()}
