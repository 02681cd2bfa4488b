"""The full-page cache: hits for anonymous visitors, purged on publish and provider changes,
never for sessions, forms, cookies, the self-test, the wegwijzer or the admin."""

import json

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.urls import ResolverMatch
from steunwijzer.ops.middleware import PageCacheMiddleware
from wagtail.models import Site

from directory.wegwijzer.demo import questionnaire_stream
from tests.factories.directory import ServiceFactory
from tests.factories.home import ContentPageFactory, HomePageFactory
from tests.factories.wegwijzer import GuidePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page(home_page):
    return ContentPageFactory(parent=home_page, slug="hulp", title="Hulp bij uw vraag")


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, page, django_assert_num_queries
):
    first = client.get("/hulp/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/hulp/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["X-Request-ID"] != first["X-Request-ID"]


def test_query_string_is_part_of_the_key(client, page):
    client.get("/hulp/")
    assert client.get("/hulp/?pagina=2")["X-Page-Cache"] == "miss"
    assert client.get("/hulp/?pagina=2")["X-Page-Cache"] == "hit"


def test_each_site_has_its_own_entries(client, page, locales):
    root = page.get_parent().get_parent()
    other_home = HomePageFactory(parent=root, slug="fryslan", title="Súdwest-Fryslân")
    ContentPageFactory(parent=other_home, slug="hulp", title="Help yn Fryslân")
    Site.objects.create(hostname="fryslan.localhost", root_page=other_home, site_name="F")
    assert "Hulp bij uw vraag" in client.get("/hulp/").content.decode()
    other = client.get("/hulp/", HTTP_HOST="fryslan.localhost")
    assert other["X-Page-Cache"] == "miss"
    assert "Help yn Fryslân" in other.content.decode()


def test_publishing_purges(client, page, django_capture_on_commit_callbacks):
    client.get("/hulp/")
    page.title = "Gratis hulp bij uw vraag"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get("/hulp/")
    assert response["X-Page-Cache"] == "miss"
    assert "Gratis hulp bij uw vraag" in response.content.decode()


def test_unpublishing_purges(client, page, django_capture_on_commit_callbacks):
    client.get("/hulp/")
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert client.get("/hulp/").status_code == 404


def test_a_provider_change_purges(client, page, django_capture_on_commit_callbacks):
    from directory.reference_data import reference_data_load

    reference_data_load()
    client.get("/hulp/")
    assert client.get("/hulp/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        service = ServiceFactory(name="Steunpunt Mantelzorg")
    assert client.get("/hulp/")["X-Page-Cache"] == "miss"
    client.get("/hulp/")
    with django_capture_on_commit_callbacks(execute=True):
        service.delete()
    assert client.get("/hulp/")["X-Page-Cache"] == "miss"


def test_visitors_with_a_session_are_never_served_from_the_cache(client, page):
    client.get("/hulp/")
    client.cookies["sessionid"] = "abc"
    response = client.get("/hulp/")
    assert "X-Page-Cache" not in response


def test_cache_off_means_no_caching(client, page):
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get("/hulp/")
        assert "X-Page-Cache" not in client.get("/hulp/")


@pytest.mark.parametrize("path", ["/zelftest/inloggen/", "/admin/login/", "/robots.txt"])
def test_self_test_admin_and_other_views_are_never_stored(client, home_page, path):
    client.get(path)
    assert "X-Page-Cache" not in client.get(path)


def test_the_wegwijzer_is_never_stored(client, home_page):
    guide = GuidePageFactory(
        parent=home_page, questions=json.dumps(questionnaire_stream(0).get_prep_value())
    )
    assert client.get(guide.url).status_code == 200
    assert "X-Page-Cache" not in client.get(guide.url)


def _serve(rf, get_response, path="/hulp/"):
    request = rf.get(path)
    request.resolver_match = ResolverMatch(lambda r: None, (), {}, url_name="wagtail_serve")
    return PageCacheMiddleware(get_response)(request)


def test_responses_that_set_a_cookie_are_not_stored(rf):
    def view(request):
        response = HttpResponse("<p>hallo</p>")
        response.set_cookie("keuze", "1")
        return response

    assert "X-Page-Cache" not in _serve(rf, view)
    assert "X-Page-Cache" not in _serve(rf, view)


def test_responses_that_used_the_csrf_token_are_not_stored(rf):
    from django.middleware.csrf import get_token

    def view(request):
        return HttpResponse(f"<form><input name=csrf value={get_token(request)}></form>")

    assert "X-Page-Cache" not in _serve(rf, view)
    assert "X-Page-Cache" not in _serve(rf, view)


def test_private_responses_are_not_stored(rf):
    def view(request):
        response = HttpResponse("<p>alleen voor u</p>")
        response["Cache-Control"] = "private"
        return response

    assert "X-Page-Cache" not in _serve(rf, view)


def test_plain_public_page_responses_are_stored(rf):
    def view(request):
        return HttpResponse("<p>voor iedereen</p>")

    assert _serve(rf, view)["X-Page-Cache"] == "miss"
    assert _serve(rf, view)["X-Page-Cache"] == "hit"


def test_a_lost_generation_never_restarts_at_an_earlier_number():
    # A flushed cache or an evicted key must not bring back entries of an earlier generation
    # (other caches, and the Kennisbank's in-process facet index, key on the number).
    from django.core.cache import cache
    from steunwijzer.ops.cache import GENERATION_KEY, generation, purge_all

    first = generation()
    purge_all()
    purge_all()
    assert generation() == first + 2
    cache.delete(GENERATION_KEY)
    assert generation() > first + 2
