"""Result cards: built from flat rows, with 'open now' that honours today's exceptions."""

import datetime as dt

import pytest
from django.test import RequestFactory

from directory.models import OpeningException, OpeningHours
from directory.selectors import cards_for
from tests.factories.directory import LocationFactory, ServiceFactory, line

# A Wednesday, 10:00 local time.
NOW = dt.datetime(2026, 6, 10, 10, 0)


@pytest.fixture
def open_service(directory_page, weert_location):
    OpeningHours.objects.create(
        location=weert_location, weekday=NOW.weekday(), opens=dt.time(9), closes=dt.time(17)
    )
    return ServiceFactory(
        name="Inloop", support_line=line("informeel"), setup={"locations": [weert_location]}
    )


def card(service, page):
    request = RequestFactory().get("/")
    (found,) = cards_for(ids=[service.pk], page=page, request=request, distances={}, now=NOW)
    return found


def test_a_card_has_what_the_template_shows(open_service, directory_page):
    found = card(open_service, directory_page)
    assert found.name == "Inloop" and found.line_kind == "informal"
    assert found.url.endswith(f"/sociale-kaart/{open_service.pk}/{open_service.slug}/")
    assert found.coordinates is not None and found.open_now is True


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (NOW.date(), None, False),  # closed today
        (NOW.date() - dt.timedelta(days=3), NOW.date() + dt.timedelta(days=3), False),
        (NOW.date() - dt.timedelta(days=7), None, True),  # last week's closure is over
        (NOW.date() + dt.timedelta(days=1), None, True),  # tomorrow's has not begun
    ],
)
def test_open_now_honours_exceptions_around_today(
    open_service, directory_page, weert_location, start, end, expected
):
    OpeningException.objects.create(location=weert_location, start_date=start, end_date=end)
    assert card(open_service, directory_page).open_now is expected


def test_cards_keep_the_order_asked_for_and_take_the_first_location_by_name(
    directory_page, reference_data
):
    b = LocationFactory(name="B-locatie", latitude=51.3, longitude=5.7)
    a = LocationFactory(name="A-locatie", latitude=51.2, longitude=5.6)
    first = ServiceFactory(name="Eerste", setup={"locations": [b, a]})
    second = ServiceFactory(name="Tweede")
    request = RequestFactory().get("/")
    cards = cards_for(
        ids=[second.pk, first.pk], page=directory_page, request=request, distances={}, now=NOW
    )
    assert [c.name for c in cards] == ["Tweede", "Eerste"]
    assert cards[0].coordinates is None and cards[0].open_now is None
    assert cards[1].coordinates == ("51.20000", "5.60000")
