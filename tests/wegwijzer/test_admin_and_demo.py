"""Editors cannot publish a broken questionnaire; the demo loader builds a complete one."""

import json

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale, Page

from directory.reference_data import LIFE_DOMAINS
from directory.wegwijzer import demo
from directory.wegwijzer.blocks import graph_from_stream
from directory.wegwijzer.demo import questionnaire_stream
from directory.wegwijzer.graph import graph_problems
from directory.wegwijzer.models import GuidePage
from tests.factories.home import HomePageFactory
from tests.factories.wegwijzer import graph, opt, q, stream_data

pytestmark = pytest.mark.django_db


def test_a_cycle_stops_saving_and_publishing_with_a_clear_error(guide_page):
    broken = graph(q("a", opt("x"), next="b"), q("b", opt("y"), next="a"))
    guide_page.questions = json.dumps(stream_data(broken))
    with pytest.raises(ValidationError) as error:
        guide_page.save_revision().publish()
    stream_error = error.value.error_dict["questions"][0]
    assert any("a → b → a" in e.message for e in stream_error.non_block_errors.as_data())
    guide_page.refresh_from_db()
    assert graph_problems(guide_page.graph) == []  # the live version is untouched


def test_the_admin_edit_form_shows_the_questionnaire(admin_client, guide_page):
    response = admin_client.get(f"/admin/pages/{guide_page.pk}/edit/")
    assert response.status_code == 200
    assert "voor-wie" in response.content.decode()


def test_the_demo_covers_every_life_domain_and_every_fact():
    g = graph_from_stream(questionnaire_stream(0))
    facts = [o.facts for question in g.questions for o in question.options]
    assert {d for f in facts for d in f.domains} >= {slug for slug, _nl, _en in LIFE_DOMAINS}
    assert {f.for_whom for f in facts} >= {"self", "relative", "carer"}
    assert {f.network for f in facts} >= {"yes", "no"}
    assert {f.age_band for f in facts} >= {"jeugd", "jongvolwassen", "volwassen", "oudere"}
    assert any(f.complaint for f in facts) and any(f.wants_independent for f in facts)
    assert any(f.language for f in facts)
    assert any(question.kind == "postcode" for question in g.questions)
    assert any(o.next for question in g.questions for o in question.options)  # branches


def test_the_demo_loader_is_idempotent_and_translates(locales, reference_data):
    root = Page.get_first_root_node()
    HomePageFactory(parent=root, slug="midden-limburg-west", title="Midden-Limburg West")
    messages = []
    demo.load(report=messages.append)
    demo.load(report=messages.append)
    nl = GuidePage.objects.get(locale__language_code="nl")
    assert nl.live and nl.show_in_menus
    en = nl.get_translation(Locale.objects.get(language_code="en")).specific
    assert en.live and en.title == "Guide: which help suits me?"
    assert en.graph.question("voor-wie").text == "Who are you looking for help for?"
    assert en.graph.fingerprint == nl.graph.fingerprint  # same codes, so answers carry over
    assert GuidePage.objects.count() == 2
    assert any("overgeslagen" in m for m in messages)  # the second demo site is not there


def _question_form(key: str, next_key: str, option: str) -> dict:
    return {
        "key": key,
        "text": f"Vraag {key}?",
        "help_text": "",
        "kind": "single",
        "default_next": next_key,
        "options": {
            "count": "1",
            "0": {
                "value": {
                    "key": option,
                    "label": option,
                    "for_whom": "",
                    "age_band": "",
                    "network": "",
                    "language": "",
                    "next": "",
                },
                "deleted": "",
                "order": "0",
                "id": "",
            },
        },
    }


@pytest.mark.parametrize(("second_next", "published"), [("a", False), ("uitslag", True)])
def test_the_admin_refuses_to_publish_a_cycle_and_publishes_a_valid_graph(
    admin_client, guide_page, second_next, published
):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": "Wegwijzer",
            "slug": "wegwijzer",
            "intro": "",
            "questions": streamfield(
                [
                    ("question", _question_form("a", "b", "x")),
                    ("question", _question_form("b", second_next, "y")),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{guide_page.pk}/edit/", data)
    guide_page.refresh_from_db()
    if published:
        assert response.status_code == 302
        assert [q.key for q in guide_page.graph.questions] == ["a", "b"]
    else:
        assert response.status_code == 200
        html = response.content.decode()
        assert "Deze vragen verwijzen in een kring naar elkaar" in html
        assert guide_page.graph.question("voor-wie") is not None  # still the old version
