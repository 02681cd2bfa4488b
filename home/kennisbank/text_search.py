"""Full-text matches for the Kennisbank, best first, from Wagtail's search index.

On SQLite, Wagtail's database backend joins its FTS5 table to the index entries in one query,
and SQLite then runs the full-text match once per index entry: about a second for 5,000
publications. Asking the FTS5 table first and joining afterwards gives the same matches from
the same index in milliseconds. Other engines (PostgreSQL, Elasticsearch) go through Wagtail's
own search, which plans well there.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from wagtail.search.models import IndexEntry

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


def publications_matching(base: QuerySet, words: list[str]) -> tuple[QuerySet, list[int]]:
    """`base` narrowed to the publications that contain every word, and their ids best first."""
    if _sqlite_database_search():
        match = _match_expression(words)
        content_type = ContentType.objects.get_for_model(PublicationPage)
        # A subquery, not a list of ids: every facet query reuses this filter, and a list of a
        # thousand ids costs more to compile than the count itself.
        matching = RawSQL(MATCHING_SQL, [content_type.pk, match])  # noqa: S611 - parameters
        return base.filter(pk__in=matching), _fts5_object_ids(match, content_type)
    found = base.defer_streamfields().search(" ".join(words), operator="and")[:MAX_HITS]
    hits = [page.pk for page in found]
    return base.filter(pk__in=hits), hits


def _sqlite_database_search() -> bool:
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return connection.vendor == "sqlite" and backend == "wagtail.search.backends.database"


def _match_expression(words: list[str]) -> str:
    # Words are \w+ runs (see home.selectors.search_words), quoted as FTS5 strings, so no
    # operator or syntax of the resident's reaches the engine.
    return "{title body} : (" + " AND ".join(f'"{word}"' for word in words) + ")"


def _fts5_object_ids(match: str, content_type: ContentType) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "  # noqa: S608
            f"ORDER BY {FTS_RANK} LIMIT %s",
            [match, MAX_HITS * 5],
        )
        rowids = [row[0] for row in cursor.fetchall()]
    entries = dict(
        IndexEntry.objects.filter(id__in=rowids, content_type=content_type).values_list(
            "id", "object_id"
        )
    )
    return [int(entries[rowid]) for rowid in rowids if rowid in entries][:MAX_HITS]
