"""Writes of the wegwijzer: only anonymous monthly counters."""

from django.db import connection
from django.utils import timezone

from directory.wegwijzer.models import RouteCount

_COLUMNS = ("guide", "month", "metric", "value", "count")


def route_count_add(*, guide, events: list[tuple[str, str]]) -> None:
    """Add one to each (metric, value) for this month, in one statement whatever the number."""
    month = timezone.localdate().replace(day=1)
    # Deduplicated after cutting to the column's length: one statement may not touch a row twice.
    events = list(dict.fromkeys((metric, value[:60]) for metric, value in events))
    if not events:
        return
    fields = [RouteCount._meta.get_field(name) for name in _COLUMNS]
    params = []
    for metric, value in events:
        row = (guide, month, metric, value, 1)
        params += [f.get_db_prep_save(v, connection) for f, v in zip(fields, row, strict=True)]
    # An upsert (SQLite and PostgreSQL): a first-time result page is one of the busiest pages, and
    # insert-then-update cost four statements with the transaction around them.
    quote = connection.ops.quote_name
    table = quote(RouteCount._meta.db_table)
    columns = [quote(f.column) for f in fields]
    rows = ", ".join(["(" + ", ".join(["%s"] * len(fields)) + ")"] * len(events))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES {rows} "  # noqa: S608
            f"ON CONFLICT ({', '.join(columns[:4])}) "
            f"DO UPDATE SET {columns[4]} = {table}.{columns[4]} + 1",
            params,
        )
