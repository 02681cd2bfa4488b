"""Opening hours and exceptions of many locations, read in one query."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import BooleanField, CharField, DateField, IntegerField, Q, Value

from directory import opening
from directory.models import OpeningException, OpeningHours


@dataclass(frozen=True)
class LocationHours:
    """The schedule of one location, and the note of each exception by (start, last day)."""

    schedule: opening.Schedule = field(default_factory=opening.Schedule)
    notes: dict[tuple[dt.date, dt.date], str] = field(default_factory=dict)


def location_hours(
    location_ids: set[int], *, around: dt.date | None = None
) -> dict[int, LocationHours]:
    """Weekly ranges (by weekday, then opening time) and exceptions (by start) per location.

    With `around`, only the exceptions that can matter for "open now" on that day are read:
    today's and those of yesterday's night; that is all a result card needs.
    """
    if not location_ids:
        return {}
    exceptions = OpeningException.objects.filter(location_id__in=location_ids)
    if around is not None:
        yesterday = around - dt.timedelta(days=1)
        exceptions = exceptions.filter(start_date__lte=around).filter(
            Q(end_date__gte=yesterday) | Q(end_date__isnull=True, start_date__gte=yesterday)
        )
    # One UNION ALL with the same columns on both sides; a weekly range has a weekday, an
    # exception has none.
    weekly = (
        OpeningHours.objects.filter(location_id__in=location_ids)
        .order_by()
        .values_list(
            "location_id",
            "weekday",
            "opens",
            "closes",
            Value(None, output_field=DateField()),
            Value(None, output_field=DateField()),
            Value(False, output_field=BooleanField()),
            Value("", output_field=CharField()),
        )
    )
    dated = exceptions.order_by().values_list(
        "location_id",
        Value(None, output_field=IntegerField()),
        "opens",
        "closes",
        "start_date",
        "end_date",
        "is_closed",
        "note",
    )
    ranges: dict[int, list[opening.WeeklyRange]] = {}
    found: dict[int, list[tuple[opening.DatedException, str]]] = {}
    for location_id, weekday, opens, closes, start, end, closed, note in weekly.union(
        dated, all=True
    ):
        if weekday is not None:
            ranges.setdefault(location_id, []).append(opening.WeeklyRange(weekday, opens, closes))
        else:
            found.setdefault(location_id, []).append(
                (opening.DatedException(start, end or start, closed, opens, closes), note)
            )
    result = {}
    for pk in location_ids:
        weekly_ranges = sorted(ranges.get(pk, ()), key=lambda r: (r.weekday, r.opens))
        dated_rows = sorted(found.get(pk, ()), key=lambda row: row[0].start)
        result[pk] = LocationHours(
            opening.Schedule(tuple(weekly_ranges), tuple(e for e, _note in dated_rows)),
            {(e.start, e.end): note for e, note in dated_rows},
        )
    return result
