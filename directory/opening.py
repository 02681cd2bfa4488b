"""Is a location open at a moment? Weekly ranges (also past midnight) and dated exceptions.

Pure logic with frozen dataclasses in and out; the models convert themselves into these.
"""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class WeeklyRange:
    """Open on `weekday` (Monday=0) from `opens` to `closes`; closes <= opens runs past midnight."""

    weekday: int
    opens: dt.time
    closes: dt.time

    @property
    def overnight(self) -> bool:
        return self.closes <= self.opens


@dataclass(frozen=True)
class DatedException:
    """From `start` to `end` (inclusive): closed, or open only from `opens` to `closes`."""

    start: dt.date
    end: dt.date
    closed: bool
    opens: dt.time | None = None
    closes: dt.time | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Schedule:
    """All opening hours of one location."""

    ranges: tuple[WeeklyRange, ...] = ()
    exceptions: tuple[DatedException, ...] = ()

    @property
    def is_known(self) -> bool:
        return bool(self.ranges)


def _exceptions_on(schedule: Schedule, day: dt.date) -> list[DatedException]:
    return [e for e in schedule.exceptions if e.covers(day)]


def is_open_at(schedule: Schedule, moment: dt.datetime) -> bool:
    """True when the location is open at this local date and time."""
    day, time = moment.date(), moment.time()
    today_exceptions = _exceptions_on(schedule, day)
    if today_exceptions:
        # An exception replaces the regular hours of that day entirely.
        return any(
            not e.closed and e.opens and e.closes and e.opens <= time < e.closes
            for e in today_exceptions
        )
    for r in schedule.ranges:
        if r.weekday != day.weekday():
            continue
        if r.overnight and time >= r.opens:
            return True
        if not r.overnight and r.opens <= time < r.closes:
            return True
    yesterday = day - dt.timedelta(days=1)
    if _exceptions_on(schedule, yesterday):
        # Yesterday's evening range did not happen, so it cannot run on into today.
        return False
    return any(
        r.overnight and r.weekday == yesterday.weekday() and time < r.closes
        for r in schedule.ranges
    )


def ranges_for_weekday(schedule: Schedule, weekday: int) -> list[WeeklyRange]:
    """The regular ranges of one weekday, earliest first."""
    return sorted((r for r in schedule.ranges if r.weekday == weekday), key=lambda r: r.opens)


def upcoming_exceptions(schedule: Schedule, today: dt.date, days: int = 60) -> list[DatedException]:
    """Exceptions that end today or later and start within `days` days."""
    horizon = today + dt.timedelta(days=days)
    return sorted(
        (e for e in schedule.exceptions if e.end >= today and e.start <= horizon),
        key=lambda e: e.start,
    )
