"""The report links each theme with points to improve to current Kennisbank publications."""

import datetime

import pytest
from django.urls import reverse

from selftest.models import ReadMore
from tests.factories.home import (
    KennisbankPageFactory,
    PublicationPageFactory,
    seed_kennisbank_terms,
)
from tests.factories.selftest import make_assessment

pytestmark = pytest.mark.django_db


@pytest.fixture
def finder(home_page):
    seed_kennisbank_terms()
    return KennisbankPageFactory(parent=home_page)


def publication(finder, title, year, theme="beleidsplan", outdated=False):
    return PublicationPageFactory(
        parent=finder,
        title=title,
        publication_date=datetime.date(year, 1, 1),
        themes=[theme],
        is_outdated=outdated,
        outdated_explanation="Oude regels." if outdated else "",
    )


@pytest.fixture
def answered(council, version):
    return make_assessment(council, version, answers={"BE-1": "no"}, default="yes", submitted=True)


def report_html(client, member, assessment):
    client.force_login(member)
    return client.get(reverse("selftest:report", args=[assessment.pk])).content.decode()


def test_theme_with_points_lists_three_current_newest_first(client, site, member, answered, finder):
    for year in (2016, 2018, 2020, 2022):
        publication(finder, f"Beleid {year}", year)
    publication(finder, "Verouderd beleid", 2024, outdated=True)
    publication(finder, "Over toegang", 2025, theme="toegankelijkheid")
    html = report_html(client, member, answered)
    assert "Lees meer in de kennisbank" in html
    assert html.index("Beleid 2022") < html.index("Beleid 2020") < html.index("Beleid 2018")
    assert "Beleid 2016" not in html  # at most three
    assert "Verouderd beleid" not in html  # only current publications
    assert "Over toegang" not in html  # no points to improve on that theme


def test_pinned_publication_comes_first(client, site, member, answered, finder):
    for year in (2018, 2020, 2022):
        publication(finder, f"Beleid {year}", year)
    pinned = publication(finder, "Vastgepind stuk", 2010, theme="inspraak")
    ReadMore.objects.create(question_code="BE-1", publication=pinned)
    html = report_html(client, member, answered)
    assert html.index("Vastgepind stuk") < html.index("Beleid 2022")
    assert "Beleid 2018" not in html


def test_outdated_pin_is_not_shown(client, site, member, answered, finder):
    pinned = publication(finder, "Oude pin", 2010, outdated=True)
    ReadMore.objects.create(question_code="BE-1", publication=pinned)
    assert "Oude pin" not in report_html(client, member, answered)


def test_read_more_needs_an_existing_question_code(version, finder):
    from django.core.exceptions import ValidationError

    pin = ReadMore(question_code="XX-9", publication=publication(finder, "Iets", 2020))
    with pytest.raises(ValidationError):
        pin.full_clean()


def test_report_queries_do_not_grow_with_themes_to_improve(
    client, site, member, council, version, finder, django_assert_max_num_queries
):
    for theme in ("beleidsplan", "onafhankelijkheid", "inspraak"):
        publication(finder, f"Over {theme}", 2020, theme=theme)
    everything_wrong = make_assessment(council, version, default="no", submitted=True, year=2023)
    client.force_login(member)
    client.get(reverse("selftest:report", args=[everything_wrong.pk]))
    with django_assert_max_num_queries(30):
        html = client.get(reverse("selftest:report", args=[everything_wrong.pk])).content.decode()
    assert "Over inspraak" in html
