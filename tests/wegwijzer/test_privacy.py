"""Privacy: no cookie before the start, only the session cookie after, nothing about anyone."""

import logging
import re

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session

from directory.wegwijzer.models import RouteCount
from tests.wegwijzer.conftest import BASE, walk_route

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["", "veilig/", "nood/"])
def test_no_cookie_before_the_flow_starts(client, guide_page, path):
    response = client.get(BASE + path)
    assert response.status_code == 200
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_reporting_danger_sets_no_cookie(client, guide_page):
    response = client.post(BASE + "veilig/", {"gevaar": "ja"})
    assert not response.cookies


def test_only_the_session_cookie_and_it_ends_with_the_browser(client, guide_page, social_map):
    cookies = set()
    response = client.post(BASE + "veilig/", {"gevaar": "nee"})
    cookies |= set(response.cookies)
    assert response.cookies["sessionid"]["max-age"] == ""  # a browser-session cookie
    assert response.cookies["sessionid"]["samesite"] == "Lax"
    assert response.cookies["sessionid"]["httponly"]
    walk_route(client)
    for path in ("uitslag/", "vraag/voor-wie/"):
        cookies |= set(client.get(BASE + path).cookies)
    assert cookies == {"sessionid"}


def _row_counts() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in apps.get_models()}


def test_a_whole_route_writes_only_the_session_and_anonymous_counts(client, guide_page, social_map):
    before = _row_counts()
    walk_route(client)
    client.get(BASE + "uitslag/")
    after = _row_counts()
    changed = {label for label in after if after[label] != before[label]}
    assert changed <= {"sessions.Session", "wegwijzer.RouteCount"}
    session = Session.objects.get()
    data = session.get_decoded()
    assert "6001" not in str(data)  # the postcode is turned into a municipality and dropped
    assert set(data) == {"wegwijzer:" + str(guide_page.translation_key), "_session_expiry"}


def test_the_counts_have_no_identifier_and_no_time_of_day(client, guide_page, social_map):
    fields = {f.name for f in RouteCount._meta.get_fields()}
    assert fields == {"id", "guide", "month", "metric", "value", "count"}
    walk_route(client)
    client.get(BASE + "uitslag/")
    assert RouteCount.objects.exists()
    assert set(RouteCount.objects.values_list("month__day", flat=True)) == {1}


def test_own_words_are_never_stored_nor_logged(client, guide_page, social_map, caplog):
    walk_route(client)
    html = client.get(BASE + "uitslag/").content.decode()
    start = html.index('name="uitslag" value="') + 22
    token = html[start : html.index('"', start)]
    secret = "Mijn buurman Jansen slaat zijn hond"
    with caplog.at_level(logging.DEBUG):
        response = client.post(BASE + "uitslag/pdf/", {"uitslag": token, "eigen_woorden": secret})
    assert response.status_code == 200
    assert secret not in caplog.text
    assert secret not in str(Session.objects.get().get_decoded())
    assert not RouteCount.objects.filter(value__icontains="Jansen").exists()


def test_the_cache_keeps_only_the_public_social_map(client, guide_page, social_map):
    from django.core.cache import cache

    walk_route(client)
    html = client.get(BASE + "uitslag/").content.decode()
    token = re.search(r'name="uitslag" value="([^"]+)"', html).group(1)
    stored = cache.inner._cache  # the LocMemCache behind the fail-safe wrapper: key -> pickle
    keys = [key.split(":", 2)[2] for key in stored]
    ours = [key for key in keys if key.startswith("wegwijzer:")]
    assert ours, "the result page should have cached the social map"
    for key in ours:
        assert re.fullmatch(r"wegwijzer:(area|municipality|candidates|service):\w+:\d+", key)
    secrets = [client.session.session_key, token, "6001"]
    answer = b"oneens"  # one of the resident's answers
    for key, value in stored.items():
        assert not any(secret.encode() in value for secret in secrets)
        # Routing keeps the published guide page (home/routing.py), whose questionnaire offers
        # this answer to everybody; nothing else may hold it.
        assert answer not in value or ":route:child:" in key
