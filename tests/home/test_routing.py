"""Page routing from the cache (home/routing.py): no queries on a second visit, and whatever
editors do to a page (publish, unpublish, move, rename, make private) shows at once."""

import warnings

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult

from tests.factories.home import ContentPageFactory

pytestmark = pytest.mark.django_db


def sql_of(client, url, status=200) -> str:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == status
    return " ".join(q["sql"] for q in queries.captured_queries)


@pytest.fixture
def purge(django_capture_on_commit_callbacks):
    """Run what editors do as if committed: the purge waits for the commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_wagtail_serves_the_route_found_on_the_request(content_page):
    # Fails when Wagtail stops reading request._wagtail_route_for_request: then the cached
    # routing is silently skipped and every page request walks the tree again.
    request = RequestFactory().get("/iets-anders/")
    request._wagtail_route_for_request = RouteResult(content_page)
    assert Page.route_for_request(request, "iets-anders/").page == content_page


def test_a_second_visit_routes_without_queries(client, site_settings, news_index):
    item = news_index.get_children().live().first().specific
    client.get(item.url)
    sql = sql_of(client, item.url)
    for table in ("wagtailcore_page", "wagtailcore_locale", "wagtailcore_pageviewrestriction"):
        assert f'"{table}"' not in sql
    # The parent came along: the breadcrumbs still name the news index.
    assert news_index.title in client.get(item.url).content.decode()


def test_unpublishing_moving_and_renaming_show_at_once(client, site_settings, home_page, purge):
    page = ContentPageFactory(parent=home_page, title="Mantelzorg", slug="mantelzorg")
    other = ContentPageFactory(parent=home_page, title="Thema's", slug="themas")
    assert client.get("/mantelzorg/").status_code == 200
    with purge():
        page.unpublish()
    assert client.get("/mantelzorg/").status_code == 404
    with purge():
        page.save_revision().publish()
    assert client.get("/mantelzorg/").status_code == 200
    # The old addresses lead to the new ones (Wagtail's automatic redirects).
    with purge():
        page.move(other, pos="last-child")
    assert client.get("/mantelzorg/")["Location"] == "/themas/mantelzorg/"
    assert client.get("/themas/mantelzorg/").status_code == 200
    page.refresh_from_db()
    page.slug = "zorgen-voor-een-ander"
    with purge():
        page.save_revision().publish()
    assert client.get("/themas/mantelzorg/")["Location"] == "/themas/zorgen-voor-een-ander/"
    assert client.get("/themas/zorgen-voor-een-ander/").status_code == 200


def test_a_page_made_private_asks_for_the_password_at_once(
    client, site_settings, content_page, purge
):
    below = ContentPageFactory(parent=content_page, title="Verslag", slug="verslag")
    elsewhere = ContentPageFactory(parent=content_page.get_parent(), slug="elders")
    for url in (content_page.url, below.url, elsewhere.url):
        assert client.get(url).status_code == 200
    # Without any restriction on or above it, a page checks none (no queries).
    assert "wagtailcore_pageviewrestriction" not in sql_of(client, elsewhere.url)
    with purge():
        PageViewRestriction.objects.create(
            page=content_page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
    for url in (content_page.url, below.url):
        html = client.get(url).content.decode()
        assert 'name="password"' in html and "Een onafhankelijke" not in html
    assert 'name="password"' not in client.get(elsewhere.url).content.decode()


def test_an_alias_of_a_private_page_is_private_too(client, site_settings, content_page, purge):
    folder = ContentPageFactory(parent=content_page.get_parent(), slug="map")
    with purge():
        alias = content_page.create_alias(parent=folder, update_slug="kopie")
    assert client.get(alias.url).status_code == 200
    with purge():
        PageViewRestriction.objects.create(
            page=content_page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
    assert 'name="password"' in client.get(alias.url).content.decode()


def test_unknown_paths_are_a_404_also_with_any_letters(client, site_settings):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a cache key unfit for memcached warns
        for _ in range(2):
            assert client.get("/bestaat-niet/").status_code == 404
            assert client.get("/caf%C3%A9-ëë/").status_code == 404
            assert client.get("/" + "x" * 300 + "/").status_code == 404
