"""Fixtures shared by the whole suite: locales, a site with a home page, browser helpers."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import SiteSettings
from tests.factories.home import HomePageFactory

pytest_plugins = ["tests.browser"]


@pytest.fixture(autouse=True)
def dutch_by_default():
    """Start every test in Dutch: a request to /en/ leaves English active in the thread, and
    reverse() in the next test would otherwise build /en/ URLs."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with an empty cache: rolled-back tests reuse primary keys, so a cached
    site chrome or page of one test would otherwise show up in the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    """The Dutch (default) and English locales."""
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return nl, en


@pytest.fixture
def home_page(locales):
    """A published home page that is the root of the default site (host localhost/testserver)."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="test-home")
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Steunwijzer Test",
    )
    return home


@pytest.fixture
def site_settings(home_page):
    """Site settings of the default site."""
    site = Site.objects.get(is_default_site=True)
    return SiteSettings.objects.create(
        site=site,
        organisation_name="Gemeente Testdorp",
        contact_phone="0123-000000",
        contact_email="info@example.org",
        is_demo=True,
    )
