"""The Wagtail Site of a host comes from the cache; a purge (saving a Site) refreshes it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.factories.home import HomePageFactory

pytestmark = pytest.mark.django_db


def site_queries(client, url="/", **headers) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return sum('FROM "wagtailcore_site"' in q["sql"] for q in queries.captured_queries)


def test_a_known_host_is_not_looked_up_again(client, site_settings):
    assert site_queries(client) >= 1  # the lookup, and Wagtail's cached site root paths
    # Fails when Wagtail stops reading request._wagtail_site (then every request queries).
    assert site_queries(client) == 0


def test_each_host_gets_its_own_site(client, site_settings, home_page, locales):
    other_home = HomePageFactory(parent=home_page.get_parent(), slug="tweede", title="Tweede")
    Site.objects.create(hostname="tweede.localhost", port=80, root_page=other_home)
    client.get("/")
    html = client.get("/", HTTP_HOST="tweede.localhost").content.decode()
    assert "<title>Tweede" in html


def test_saving_a_site_purges_its_cached_lookup(
    client, site_settings, home_page, django_capture_on_commit_callbacks
):
    client.get("/")
    other_home = HomePageFactory(parent=home_page.get_parent(), slug="nieuw", title="Nieuwe start")
    with django_capture_on_commit_callbacks(execute=True):
        site = Site.objects.get(is_default_site=True)
        site.root_page = other_home
        site.save()
    assert "<title>Nieuwe start" in client.get("/").content.decode()


def test_a_host_that_is_not_allowed_still_gets_a_400(client, site_settings):
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400
