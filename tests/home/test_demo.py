"""The demo loader builds two complete sites and can run again without duplicating anything."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import ContentPage, HomePage, NewsPage, SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(locales):
    call_command("load_demo", stdout=io.StringIO())


def test_demo_has_two_sites_with_their_own_settings(demo):
    sites = {s.hostname: s for s in Site.objects.all()}
    assert set(sites) >= {"midden-limburg-west.localhost", "sudwest-fryslan.localhost"}
    assert sites["midden-limburg-west.localhost"].is_default_site
    names = set(SiteSettings.objects.values_list("organisation_name", flat=True))
    assert len(names) == 2
    assert all(s.is_demo for s in SiteSettings.objects.all())


def test_demo_has_the_statements_and_english_versions(demo):
    for slug in ["toegankelijkheid", "privacy", "over-deze-site", "clientondersteuning"]:
        nl = ContentPage.objects.filter(slug=slug, locale__language_code="nl")
        assert nl.count() == 2
        assert all(
            page.get_translation_or_none(page.locale.__class__.objects.get(language_code="en"))
            for page in nl
        )
    assert NewsPage.objects.filter(locale__language_code="nl").count() >= 6


def test_load_demo_twice_changes_nothing(demo):
    before = Page.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.count() == before
    assert Site.objects.count() == 2


def test_if_empty_leaves_an_existing_site_alone(demo):
    HomePage.objects.filter(locale__language_code="nl").update(hero_title="Door redacteur")
    call_command("load_demo", "--if-empty", stdout=io.StringIO())
    assert HomePage.objects.filter(hero_title="Door redacteur").count() == 2


def test_demo_sites_render(client, demo):
    response = client.get("/", HTTP_HOST="sudwest-fryslan.localhost")
    assert response.status_code == 200
    assert "Súdwest-Fryslân" in response.content.decode()
    response = client.get("/en/", HTTP_HOST="midden-limburg-west.localhost")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
