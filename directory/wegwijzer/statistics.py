"""Anonymous monthly figures for editors; small counts are hidden so nobody can be singled out."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from directory.models import LifeDomain, TargetGroup
from directory.wegwijzer.models import Metric, RouteCount
from directory.wegwijzer.texts import GROUP_TITLES

MIN_COUNT = 10  # counts below this are shown as "minder dan 10"
MONTHS = 12
FOR_WHOM_LABELS = {
    "self": _("voor zichzelf"),
    "relative": _("voor een naaste"),
    "carer": _("als mantelzorger"),
}


@dataclass(frozen=True)
class Cell:
    count: int | None  # None: fewer than MIN_COUNT

    @property
    def hidden(self) -> bool:
        return self.count is None


def cell(count: int) -> Cell:
    """A count as editors may see it."""
    return Cell(count if count >= MIN_COUNT else None)


@dataclass(frozen=True)
class MonthRow:
    month: dt.date
    started: Cell
    completed: Cell
    emergency: Cell


@dataclass(frozen=True)
class ValueRow:
    metric: str
    label: str
    cells: tuple[Cell, ...]  # one per month, newest first


@dataclass(frozen=True)
class Report:
    months: tuple[dt.date, ...]
    per_month: tuple[MonthRow, ...]
    per_value: tuple[ValueRow, ...]


def _first_months(today: dt.date, count: int) -> tuple[dt.date, ...]:
    months, month = [], today.replace(day=1)
    for _i in range(count):
        months.append(month)
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return tuple(months)


def statistics_report(*, today: dt.date, months: int = MONTHS) -> Report:
    """The last months of every wegwijzer together; three queries."""
    wanted = _first_months(today, months)
    totals: dict[tuple[str, str, dt.date], int] = defaultdict(int)
    rows = RouteCount.objects.filter(month__gte=wanted[-1]).values_list(
        "metric", "value", "month", "count"
    )
    for metric, value, month, count in rows:
        totals[(metric, value, month)] += count
    labels = {
        Metric.DOMAIN: {t.slug: t.label for t in LifeDomain.objects.all()},
        Metric.GROUP: {t.slug: t.label for t in TargetGroup.objects.all()},
        Metric.FOR_WHOM: {k: str(v) for k, v in FOR_WHOM_LABELS.items()},
        Metric.RESULT: {k: str(v) for k, v in GROUP_TITLES.items()},
    }
    per_month = tuple(
        MonthRow(
            m,
            cell(totals[(Metric.STARTED, "", m)]),
            cell(totals[(Metric.COMPLETED, "", m)]),
            cell(totals[(Metric.EMERGENCY, "", m)]),
        )
        for m in wanted
    )
    per_value = []
    for metric, names in labels.items():
        values = sorted(
            {v for (mt, v, _m) in totals if mt == metric}, key=lambda v: names.get(v, v)
        )
        for value in values:
            cells = tuple(cell(totals[(metric, value, m)]) for m in wanted)
            per_value.append(ValueRow(str(Metric(metric).label), names.get(value, value), cells))
    return Report(wanted, per_month, tuple(per_value))
