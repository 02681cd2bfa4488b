"""The demo loader: question set, Weert councils, a submitted 2025 assessment, entry pages."""

import io

import pytest

from home.demo import loader as home_demo
from selftest import demo as selftest_demo
from selftest.models import Assessment, Question, SelftestIndexPage

pytestmark = pytest.mark.django_db


def test_demo_loads_twice_without_duplicates(locales, client):
    # Only the loaders this app needs: the full load_demo (every app) is slow.
    out = io.StringIO()
    home_demo.load(report=out.write)
    selftest_demo.load(report=out.write)
    selftest_demo.load(report=io.StringIO().write)
    assert "wmoraad.weert.demo@example.org /" in out.getvalue()
    counts = Question.objects.values("theme__key").distinct().count()
    assert counts == 7
    assert all(
        Question.objects.filter(theme__key=k).count() >= 4
        for k in Question.objects.values_list("theme__key", flat=True)
    )
    demo = Assessment.objects.get(council__name="Wmo-raad Weert (demo)", year=2025)
    assert demo.is_submitted and demo.municipality_code == "GM0988"
    assert SelftestIndexPage.objects.filter(locale__language_code="nl").count() == 2
    assert SelftestIndexPage.objects.filter(locale__language_code="en", live=True).count() == 2
    page = SelftestIndexPage.objects.filter(locale__language_code="nl").first()
    response = client.get(page.url, HTTP_HOST=page.get_site().hostname)
    assert response.status_code == 200
    assert "Inloggen en de zelftest invullen" in response.content.decode()
