"""The steps a resident walks: forward, back, change, and every kind of bad or stale input."""

import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from directory.wegwijzer.demo import questionnaire_stream
from tests.factories.directory import ServiceFactory, line
from tests.wegwijzer.conftest import BASE, ROUTE, walk_route

pytestmark = pytest.mark.django_db


def test_start_page_explains_and_links_to_the_safety_question(client, guide_page):
    response = client.get(BASE)
    assert response.status_code == 200
    assert f'href="{BASE}veilig/"' in response.content.decode()


def test_the_first_screen_asks_about_danger_before_anything_else(client, guide_page):
    html = client.get(BASE + "veilig/").content.decode()
    assert "Is iemand nu in gevaar?" in html
    assert "<fieldset" in html and "<legend" in html
    # Any question asked before safety goes to the safety screen.
    response = client.get(BASE + "vraag/voor-wie/")
    assert response["Location"].startswith(BASE + "veilig/")


def test_danger_shows_the_emergency_numbers_and_the_municipalitys_contact(
    client, guide_page, site_settings
):
    site_settings.emergency_contact_label = "Crisisdienst gemeente Testdorp"
    site_settings.emergency_contact_phone = "0123-999999"
    site_settings.save()
    response = client.post(BASE + "veilig/", {"gevaar": "ja"})
    assert response["Location"] == BASE + "nood/"
    html = client.get(BASE + "nood/").content.decode()
    for text in ("112", "0800-2000", "0800-0113", "Crisisdienst gemeente Testdorp", "0123-999999"):
        assert text in html
    assert 'href="tel:08002000"' in html


def test_no_choice_on_the_safety_screen_gives_an_error_summary(client, guide_page):
    response = client.post(BASE + "veilig/", {})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and 'href="#gevaar-ja"' in html
    assert "<title>Fout:" in html


def test_a_complete_route_ends_at_an_explained_result(client, guide_page, social_map):
    response = walk_route(client)
    assert response["Location"] == BASE + "uitslag/"
    html = client.get(BASE + "uitslag/").content.decode()
    kinds = re.findall(r'class="sw-wz-group sw-wz-group--([a-z]+)"', html)
    assert kinds == [
        "netwerk",
        "mantelzorg",
        "onafhankelijk",
        "bezwaar",
        "schulden",
        "algemeen",
        "gemeente",
    ]
    for name in ("Burenhulp", "Steunpunt Mantelzorg", "Hulp bij bezwaar en klacht", "Wmo-loket"):
        assert name in html
    assert "Mantelzorg Sneek" not in html  # not active in Weert
    assert "Omdat u aangaf:" in html
    assert "U mag iemand meenemen" in html and "andere ondersteuner" in html
    assert "gemeente Weert" in html


def test_progress_counts_the_questions(client, guide_page):
    client.post(BASE + "veilig/", {"gevaar": "nee"})
    html = client.get(BASE + "vraag/voor-wie/").content.decode()
    assert "Vraag 1 van ongeveer 7" in html
    client.post(BASE + "vraag/voor-wie/", {"antwoord": "mezelf"})
    html = client.get(BASE + "vraag/leeftijd/").content.decode()
    assert "Vraag 2 van ongeveer 7" in html
    assert f'href="{BASE}vraag/voor-wie/"' in html  # the back link


def test_choosing_debts_adds_a_question_to_the_route(client, guide_page):
    walk_route(client, ROUTE[:2])
    response = client.post(BASE + "vraag/onderwerp/", {"antwoord": ["wonen", "geld"]})
    assert response["Location"] == BASE + "vraag/geld/"
    response = client.post(BASE + "vraag/onderwerp/", {"antwoord": ["wonen"]})
    assert response["Location"] == BASE + "vraag/situatie/"


def test_browser_back_shows_the_earlier_answer_and_lets_it_change(client, guide_page, social_map):
    walk_route(client)
    html = client.get(BASE + "vraag/netwerk/").content.decode()
    assert 'value="nee" checked' in html
    response = client.post(BASE + "vraag/netwerk/", {"antwoord": "ja"})
    assert response["Location"] == BASE + "vraag/gemeente/"  # the next question, as before
    assert client.get(BASE + "uitslag/").status_code == 200  # later answers were kept


def test_change_link_goes_back_to_the_result(client, guide_page, social_map):
    walk_route(client)
    html = client.get(BASE + "uitslag/").content.decode()
    assert f'href="{BASE}vraag/leeftijd/?wijzigen=1"' in html
    form = client.get(BASE + "vraag/leeftijd/?wijzigen=1").content.decode()
    assert 'name="wijzigen" value="1"' in form
    response = client.post(BASE + "vraag/leeftijd/", {"antwoord": "volwassen", "wijzigen": "1"})
    assert response["Location"] == BASE + "uitslag/"
    assert "27 tot 65 jaar" in client.get(BASE + "uitslag/").content.decode()


@pytest.mark.parametrize(
    ("path", "notice"),
    [
        ("vraag/bestaat-niet/", "onbekend"),
        ("vraag/DROP_TABLE--x/", "onbekend"),
        ("vraag/postcode/", "nog-niet"),  # a question further on
        ("uitslag/", "nog-niet"),
    ],
)
def test_tampered_or_early_step_urls_land_on_the_current_question(client, guide_page, path, notice):
    walk_route(client, ROUTE[:2])
    response = client.get(BASE + path)
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}vraag/onderwerp/?melding={notice}"
    assert client.get(response["Location"]).status_code == 200


def test_an_option_of_another_question_is_refused_kindly(client, guide_page):
    walk_route(client, [])
    response = client.post(BASE + "vraag/voor-wie/", {"antwoord": "oudere"})
    assert response.status_code == 400
    assert "Dat antwoord hoort niet bij deze vraag" in response.content.decode()
    response = client.post(BASE + "vraag/voor-wie/", {"antwoord": ["mezelf", "naaste"]})
    assert response.status_code == 400


def test_an_unknown_postcode_is_explained_and_can_be_skipped(client, guide_page, social_map):
    walk_route(client, ROUTE[:-1])
    response = client.post(BASE + "vraag/postcode/", {"postcode": "0000"})
    assert response.status_code == 400
    assert "Deze postcode kennen we niet" in response.content.decode()
    response = client.post(BASE + "vraag/postcode/", {"overslaan": "1"})
    assert response["Location"] == BASE + "uitslag/"
    assert "Niet ingevuld" in client.get(BASE + "uitslag/").content.decode()


def test_a_postcode_outside_the_site_shows_the_sites_area_and_says_so(
    client, guide_page, social_map
):
    walk_route(client, [*ROUTE[:-1], ("postcode", {"postcode": "8601"})])
    html = client.get(BASE + "uitslag/").content.decode()
    assert "Súdwest-Fryslân" in html and "buiten het gebied" in html
    assert "Burenhulp" in html and "Mantelzorg Sneek" not in html


def test_an_expired_session_starts_again_with_a_message(client, guide_page):
    walk_route(client, ROUTE[:3])
    client.cookies.clear()
    response = client.post(BASE + "vraag/geld/", {"antwoord": "schulden"})
    assert response["Location"] == BASE + "veilig/?melding=verlopen"
    assert "niet meer bewaard" in client.get(response["Location"]).content.decode()


def test_a_questionnaire_changed_halfway_keeps_what_still_fits(
    client, guide_page, django_capture_on_commit_callbacks
):
    walk_route(client, ROUTE[:3])
    raw = questionnaire_stream(0).get_prep_value()
    raw[1]["value"]["options"] = [o for o in raw[1]["value"]["options"] if o["key"] != "oudere"]
    guide_page.questions = json.dumps(raw)
    with django_capture_on_commit_callbacks(execute=True):  # the purge, as after a real commit
        guide_page.save_revision().publish()
    response = client.get(BASE + "vraag/geld/")
    assert response["Location"] == BASE + "vraag/leeftijd/?melding=gewijzigd"
    html = client.get(response["Location"]).content.decode()
    assert "De vragenlijst is net aangepast" in html
    assert "Vraag 2 van" in html


def test_restart_clears_the_answers(client, guide_page, social_map):
    walk_route(client)
    response = client.post(BASE + "opnieuw/")
    assert response["Location"] == BASE + "veilig/?melding=opnieuw"
    assert client.get(BASE + "uitslag/")["Location"] == BASE + "veilig/?melding=verlopen"


def _share_url(client) -> str:
    html = client.get(BASE + "uitslag/").content.decode()
    start = html.index('id="wz-share-url" type="text" readonly value="') + 46
    return html[start : html.index('"', start)].replace("&amp;", "&")


def test_a_share_link_reproduces_the_result_without_a_session(client, guide_page, social_map):
    walk_route(client)
    url = _share_url(client)
    assert "6001" not in url
    from django.test import Client

    stranger = Client()
    response = stranger.get(url.replace("http://testserver", ""))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hulp bij bezwaar en klacht" in html and "Iemand heeft deze uitslag" in html
    assert "wijzigen=1" not in html
    assert not response.cookies


@pytest.mark.parametrize("code", ["", "abc", "eyJ2IjoiMSJ9:1:forged", "x" * 5000])
def test_a_forged_share_link_is_friendly(client, guide_page, code):
    response = client.get(BASE + "gedeeld/", {"code": code})
    assert response["Location"] == BASE + "veilig/?melding=link"
    assert "Deze link werkt niet" in client.get(response["Location"]).content.decode()


def test_a_share_link_from_an_older_questionnaire_is_explained(
    client, guide_page, social_map, django_capture_on_commit_callbacks
):
    walk_route(client)
    url = _share_url(client).replace("http://testserver", "")
    raw = questionnaire_stream(0).get_prep_value()
    raw[0]["value"]["options"] = raw[0]["value"]["options"][:2]  # "mantelzorger" is gone
    guide_page.questions = json.dumps(raw)
    with django_capture_on_commit_callbacks(execute=True):  # the purge, as after a real commit
        guide_page.save_revision().publish()
    response = client.get(url)
    assert response["Location"] == BASE + "veilig/?melding=link-oud"


def test_every_step_runs_a_bounded_number_of_queries(
    client, guide_page, social_map, django_assert_max_num_queries
):
    walk_route(client, ROUTE[:3])
    client.get(BASE + "vraag/geld/")  # the first page of a site also builds the cached chrome
    with CaptureQueriesContext(connection) as step:
        assert client.get(BASE + "vraag/geld/").status_code == 200
    step_queries = len(step.captured_queries)  # read now: the next request resets the log
    assert step_queries <= 10
    with django_assert_max_num_queries(11):
        client.post(BASE + "vraag/geld/", {"antwoord": "schulden"})
    walk_route(client)
    client.get(BASE + "uitslag/")  # the first visit also fills the cached social map
    # Warm, the result reads nothing beyond what every page of the site reads.
    with django_assert_max_num_queries(step_queries):
        assert client.get(BASE + "uitslag/").status_code == 200
    # Twice the social map costs no extra query, warm or cold (after an editor's change).
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        assert client.get(BASE + "uitslag/").status_code == 200
    cold_queries = len(cold.captured_queries)
    for i in range(10):
        ServiceFactory(name=f"Extra {i}", support_line=line("informeel"))
    cache.clear()
    with django_assert_max_num_queries(cold_queries):
        assert "Extra" in client.get(BASE + "uitslag/").content.decode()
    with django_assert_max_num_queries(step_queries):
        assert client.get(BASE + "uitslag/").status_code == 200


def test_a_residents_first_result_stays_within_the_query_budget(
    client, guide_page, social_map, django_assert_max_num_queries
):
    walk_route(client)
    client.get(BASE + "uitslag/")  # fills the cached social map
    other = Client()
    walk_route(other)
    # Counting the completion and saving the session come on top of a warm result.
    with django_assert_max_num_queries(15):
        assert other.get(BASE + "uitslag/").status_code == 200


def test_an_editors_change_to_the_social_map_shows_in_the_next_result(
    client, guide_page, social_map, django_capture_on_commit_callbacks
):
    walk_route(client)
    assert "Burenhulp" in client.get(BASE + "uitslag/").content.decode()
    # The admin saves on commit; the page cache's generation moves on and the cache with it.
    with django_capture_on_commit_callbacks(execute=True):
        social_map["buren"].name = "Buurtkring Weert"
        social_map["buren"].save()
    html = client.get(BASE + "uitslag/").content.decode()
    assert "Buurtkring Weert" in html and "Burenhulp" not in html
    with django_capture_on_commit_callbacks(execute=True):
        social_map["buren"].live = False
        social_map["buren"].save()
    assert "Buurtkring Weert" not in client.get(BASE + "uitslag/").content.decode()


@pytest.fixture
def english_guide(guide_page):
    from wagtail.models import Locale

    en = guide_page.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    en = en.specific
    en.slug = "guide"
    en.questions = json.dumps(questionnaire_stream(1).get_prep_value())
    en.save_revision().publish()
    return en


def test_the_english_guide_asks_in_english_and_keeps_the_dutch_answers(
    client, english_guide, social_map
):
    walk_route(client, ROUTE[:2])
    html = client.get("/en/guide/vraag/onderwerp/").content.decode()
    assert "What is your question about?" in html
    assert "Question 3 of about 7" in html
    walk_route(client)
    html = client.get("/en/guide/uitslag/").content.decode()
    assert "This help suits you" in html and "Because you said:" in html
    assert 'lang="nl"' in html  # the social map's Dutch texts are marked as Dutch


def test_the_guide_takes_posts_without_a_csrf_cookie_and_nothing_else_does(guide_page):
    # A resident has no cookie before starting (csrf.py says why that is safe here).
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(BASE + "veilig/", {"gevaar": "nee"})
    assert response.status_code == 302 and "/vraag/" in response["Location"]
    assert browser.post("/taal/", {"language": "en"}).status_code == 403


def test_a_changed_service_shows_in_the_result_at_once(
    client, guide_page, social_map, django_capture_on_commit_callbacks
):
    walk_route(client)
    assert "Hulp bij bezwaar en klacht" in client.get(BASE + "uitslag/").content.decode()
    service = social_map["bezwaar"]
    with django_capture_on_commit_callbacks(execute=True):  # the purge, as after a real commit
        service.name = "Bezwaarhulp Weert"
        service.phone = "0495-123456"
        service.save()
    html = client.get(BASE + "uitslag/").content.decode()
    assert "Bezwaarhulp Weert" in html and "Hulp bij bezwaar en klacht" not in html
    assert 'href="tel:0495123456"' in html
