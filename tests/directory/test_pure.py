"""Distance maths, opening hours and text normalisation: no database."""

import datetime as dt

from directory.geo import GeoPoint, bounding_box, haversine_km
from directory.opening import DatedException, Schedule, WeeklyRange, is_open_at
from directory.search.text import fold, index_text, query_terms

WEERT = GeoPoint(51.2512, 5.7059)
SNEEK = GeoPoint(53.0326, 5.6589)
T = dt.time


def test_haversine_weert_to_sneek_is_about_198_km():
    assert 195 < haversine_km(WEERT, SNEEK) < 201


def test_haversine_of_the_same_point_is_zero():
    assert haversine_km(WEERT, WEERT) == 0


def test_bounding_box_contains_points_on_the_circle():
    box = bounding_box(WEERT, 10)
    north = GeoPoint(WEERT.latitude + 0.0899, WEERT.longitude)  # about 10 km north
    assert box.min_latitude < north.latitude < box.max_latitude
    assert box.min_longitude < WEERT.longitude < box.max_longitude
    assert haversine_km(WEERT, north) < 10.01


OFFICE = Schedule(ranges=(WeeklyRange(0, T(9), T(12, 30)), WeeklyRange(0, T(13, 30), T(17))))
MONDAY = dt.date(2026, 11, 23)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, T(hour, minute))


def test_open_within_a_range_and_closed_over_lunch_and_at_closing_time():
    assert is_open_at(OFFICE, at(MONDAY, 10))
    assert not is_open_at(OFFICE, at(MONDAY, 13))
    assert is_open_at(OFFICE, at(MONDAY, 16, 59))
    assert not is_open_at(OFFICE, at(MONDAY, 17))
    assert not is_open_at(OFFICE, at(MONDAY + dt.timedelta(days=1), 10))


NIGHT = Schedule(ranges=(WeeklyRange(4, T(20), T(2)),))  # Friday 20:00 to Saturday 02:00
FRIDAY = MONDAY + dt.timedelta(days=4)


def test_a_range_past_midnight_is_open_late_and_early_next_morning():
    assert is_open_at(NIGHT, at(FRIDAY, 23))
    assert is_open_at(NIGHT, at(FRIDAY + dt.timedelta(days=1), 1, 30))
    assert not is_open_at(NIGHT, at(FRIDAY + dt.timedelta(days=1), 2))
    assert not is_open_at(NIGHT, at(FRIDAY, 19))
    assert not is_open_at(NIGHT, at(FRIDAY - dt.timedelta(days=1), 1))


def test_a_closing_exception_closes_the_day_and_its_night_after_midnight():
    closed = Schedule(NIGHT.ranges, (DatedException(FRIDAY, FRIDAY, closed=True),))
    assert not is_open_at(closed, at(FRIDAY, 23))
    assert not is_open_at(closed, at(FRIDAY + dt.timedelta(days=1), 1))


def test_an_exception_with_other_hours_replaces_the_regular_ones():
    short = Schedule(OFFICE.ranges, (DatedException(MONDAY, MONDAY, False, T(10), T(12)),))
    assert not is_open_at(short, at(MONDAY, 9, 30))
    assert is_open_at(short, at(MONDAY, 11))
    assert not is_open_at(short, at(MONDAY, 14))


def test_a_multi_day_exception_covers_every_day_in_it():
    holiday = Schedule(
        OFFICE.ranges, (DatedException(MONDAY - dt.timedelta(days=7), MONDAY, closed=True),)
    )
    assert not is_open_at(holiday, at(MONDAY, 10))
    assert is_open_at(holiday, at(MONDAY + dt.timedelta(days=7), 10))


def test_fold_removes_accents_and_case():
    assert fold("Súdwest-Fryslân WÉÉRT") == "sudwest-fryslan weert"


def test_index_and_query_terms_meet_on_stems_and_drop_stop_words():
    text = index_text("Steunpunt voor Mantelzorgers in Wéért", "hulp bij schulden")
    for term in query_terms("mantelzorg weert schuld"):
        assert f" {term}" in text
    assert query_terms("de het een") == []


def test_query_terms_are_capped():
    assert len(query_terms(" ".join(f"woord{i}" for i in range(100)))) == 12


def test_the_search_form_checks_each_site_against_its_own_terms():
    # Form classes are shared per set of choices; another set must never see the first's.
    from django.http import QueryDict

    from directory.filters import ServiceFilterSet

    weert = {"gemeente": [("GM0988", "Weert")], "thema": [("wonen", "Wonen")]}
    sneek = {"gemeente": [("GM1900", "Súdwest-Fryslân")], "thema": [("wonen", "Wonen")]}
    data = QueryDict("gemeente=GM0988&gemeente=GM1900&thema=wonen")
    for _ in range(2):  # the second time from the shared form classes
        criteria, notices = ServiceFilterSet(data, choices=weert).criteria()
        assert criteria.facets == {"gemeente": ("GM0988",), "thema": ("wonen",)}
        assert len(notices) == 1
        criteria, notices = ServiceFilterSet(data, choices=sneek).criteria()
        assert criteria.facets == {"gemeente": ("GM1900",), "thema": ("wonen",)}
