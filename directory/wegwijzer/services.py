"""Writes of the wegwijzer: only anonymous monthly counters."""

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from directory.wegwijzer.models import RouteCount


def route_count_add(*, guide, events: list[tuple[str, str]]) -> None:
    """Add one to each (metric, value) for this month, in two queries whatever the number."""
    if not events:
        return
    month = timezone.localdate().replace(day=1)
    events = list(dict.fromkeys(events))
    with transaction.atomic():
        RouteCount.objects.bulk_create(
            [RouteCount(guide=guide, month=month, metric=m, value=v[:60]) for m, v in events],
            ignore_conflicts=True,
        )
        match = Q()
        for metric, value in events:
            match |= Q(metric=metric, value=value[:60])
        RouteCount.objects.filter(match, guide=guide, month=month).update(count=F("count") + 1)
