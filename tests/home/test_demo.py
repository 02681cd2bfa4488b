"""The demo loader builds two complete sites and can run again without duplicating anything.

Loading the full demo (every app) is slow, so one test loads it and checks everything.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage, NewsPage, SiteSettings

pytestmark = pytest.mark.django_db


def load(*args):
    call_command("load_demo", *args, stdout=io.StringIO())


def test_demo_sites_pages_translations_tiles_and_idempotence(client, locales):
    load()
    sites = {s.hostname: s for s in Site.objects.all()}
    assert set(sites) == {"midden-limburg-west.localhost", "sudwest-fryslan.localhost"}
    assert sites["midden-limburg-west.localhost"].is_default_site
    assert SiteSettings.objects.filter(is_demo=True).count() == 2
    assert len(set(SiteSettings.objects.values_list("organisation_name", flat=True))) == 2

    english = Locale.objects.get(language_code="en")
    for slug in ["toegankelijkheid", "privacy", "over-deze-site", "clientondersteuning"]:
        pages = ContentPage.objects.filter(slug=slug, locale__language_code="nl")
        assert pages.count() == 2
        assert all(page.get_translation_or_none(english) for page in pages)
    assert NewsPage.objects.filter(locale__language_code="nl").count() >= 6

    html = client.get("/", HTTP_HOST="midden-limburg-west.localhost").content.decode()
    for title in ["Zoek hulp", "Wegwijzer", "Zelftest voor Wmo-raden"]:
        assert f'sw-tile__title">{title}' in html
    response = client.get("/", HTTP_HOST="sudwest-fryslan.localhost")
    assert "Súdwest-Fryslân" in response.content.decode()
    response = client.get("/en/", HTTP_HOST="midden-limburg-west.localhost")
    assert '<html lang="en">' in response.content.decode()

    before = Page.objects.count()
    load()
    assert Page.objects.count() == before
    assert Site.objects.count() == 2

    HomePage.objects.filter(locale__language_code="nl").update(hero_title="Door redacteur")
    load("--if-empty")
    assert HomePage.objects.filter(hero_title="Door redacteur").count() == 2
