"""Cached labels and one-query opening hours: what editors change shows up, previews stay apart."""

import datetime as dt

import pytest
from django.test import RequestFactory
from steunwijzer.ops.cache import generation

from directory.hours import location_hours
from directory.models import (
    DirectoryPage,
    LifeDomain,
    Municipality,
    OpeningException,
    OpeningHours,
)
from directory.reference_data import reference_data_load
from directory.terms import page_terms, service_labels
from tests.factories.directory import ServiceFactory

URL = "/sociale-kaart/"


def test_a_renamed_term_shows_on_the_next_search_and_detail_page(
    client, directory_page, sample_services, django_capture_on_commit_callbacks
):
    service = sample_services["mantelzorg"]
    detail = f"{URL}{service.pk}/{service.slug}/"
    assert 'Mantelzorg <span class="sw-dir-count">' in client.get(URL).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        term = LifeDomain.objects.get(slug="mantelzorg")
        term.name_nl = "Zorgen voor een naaste"
        term.save()
    assert 'Zorgen voor een naaste <span class="sw-dir-count">' in client.get(URL).content.decode()
    assert "<dd>Zorgen voor een naaste</dd>" in client.get(detail).content.decode()


def test_a_renamed_municipality_purges_the_cached_labels(
    directory_page, django_capture_on_commit_callbacks
):
    page_terms(page=DirectoryPage.objects.get(pk=directory_page.pk))
    before = generation()
    with django_capture_on_commit_callbacks(execute=True):
        weert = Municipality.objects.get(code="GM0988")
        weert.name = "Weert (gemeente)"
        weert.save()
    assert generation() > before
    page = DirectoryPage.objects.get(pk=directory_page.pk)
    assert ("GM0988", "Weert (gemeente)") in page_terms(page=page).places


def test_loading_reference_data_purges_the_cached_labels(
    reference_data, django_capture_on_commit_callbacks
):
    before = generation()
    with django_capture_on_commit_callbacks(execute=True):
        reference_data_load()
    assert generation() > before


def test_a_preview_neither_uses_nor_fills_the_cached_terms(directory_page):
    live = page_terms(page=directory_page)
    draft = DirectoryPage.objects.get(pk=directory_page.pk)
    draft.municipalities = Municipality.objects.filter(code="GM1900")
    request = RequestFactory().get("/")
    request.is_preview = True
    assert page_terms(page=draft, request=request).places == (("GM1900", "Súdwest-Fryslân"),)
    assert page_terms(page=directory_page) == live
    assert live.scope == ("GM0946", "GM0988")


def test_detail_labels_in_the_terms_order_and_municipalities_by_name(
    client, directory_page, sample_services
):
    service = sample_services["client_support"]
    html = client.get(f"{URL}{service.pk}/{service.slug}/").content.decode()
    assert "<dd>Wonen, Zorg en gezondheid</dd>" in html
    assert "<dd>Nederweert, Weert</dd>" in html
    assert "<dd>Nederlands</dd>" in html
    english = service_labels(service_id=service.pk, english=True)
    assert english.life_domains == ("Housing", "Care and health")
    assert english.municipalities == ("Nederweert", "Weert")


def test_detail_without_languages_or_area_says_so(client, directory_page, reference_data):
    service = ServiceFactory(name="Nergens", setup={"municipalities": ["GM0988"]})
    service.languages.clear()
    html = client.get(f"{URL}{service.pk}/{service.slug}/").content.decode()
    assert "Talen" not in html
    assert service_labels(service_id=service.pk, english=False).languages == ()


@pytest.fixture
def week(weert_location):
    loc = weert_location
    OpeningHours.objects.create(location=loc, weekday=2, opens=dt.time(13), closes=dt.time(17))
    OpeningHours.objects.create(location=loc, weekday=2, opens=dt.time(9), closes=dt.time(12))
    OpeningHours.objects.create(location=loc, weekday=0, opens=dt.time(22), closes=dt.time(2))
    for start, end, note in [
        (dt.date(2026, 6, 20), None, "later"),
        (dt.date(2026, 6, 9), dt.date(2026, 6, 9), "gisteren"),
        (dt.date(2026, 1, 1), None, "lang geleden"),
    ]:
        OpeningException.objects.create(location=loc, start_date=start, end_date=end, note=note)
    return loc


def test_hours_come_in_order_with_every_exception_and_its_note(week):
    hours = location_hours({week.pk})[week.pk]
    assert [(r.weekday, r.opens.hour) for r in hours.schedule.ranges] == [(0, 22), (2, 9), (2, 13)]
    assert [e.start.day for e in hours.schedule.exceptions] == [1, 9, 20]
    assert hours.notes[(dt.date(2026, 6, 9), dt.date(2026, 6, 9))] == "gisteren"
    assert hours.schedule.exceptions[0].end == dt.date(2026, 1, 1)  # one day when no end


def test_hours_around_a_day_keep_only_the_exceptions_that_can_matter(week, weert_location):
    hours = location_hours({week.pk}, around=dt.date(2026, 6, 10))[week.pk]
    assert [e.start.day for e in hours.schedule.exceptions] == [9]
    empty = location_hours({week.pk + 1000})
    assert empty[week.pk + 1000].schedule.is_known is False
