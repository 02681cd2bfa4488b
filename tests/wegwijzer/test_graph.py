"""Graph validation: what stops an editor from publishing a questionnaire."""

import pytest
from django.utils import translation

from directory.wegwijzer.blocks import graph_from_stream
from directory.wegwijzer.demo import questionnaire_stream
from directory.wegwijzer.graph import RESULT, graph_problems
from tests.factories.wegwijzer import graph, opt, q


@pytest.fixture(autouse=True)
def _dutch():
    """The messages are checked in Dutch, whatever language an earlier test left active."""
    with translation.override("nl"):
        yield


def test_a_valid_branching_graph_has_no_problems():
    g = graph(
        q("a", opt("x", next="b"), opt("y"), next="c"),
        q("b", opt("z"), next="c"),
        q("c", opt("w")),
    )
    assert graph_problems(g) == []


@pytest.mark.parametrize(
    ("g", "fragment"),
    [
        (graph(), "minstens één vraag"),
        (graph(q("a", opt("x"), next="b")), "“b”, maar die vraag bestaat niet"),
        (graph(q("a", opt("x", next="nergens"))), "“nergens”, maar die vraag bestaat niet"),
        (graph(q("a", opt("x")), q("b", opt("y"))), "Vraag “b” wordt nooit gesteld"),
        (graph(q("a", opt("x"), next="b"), q("b", opt("y"), next="a")), "a → b → a"),
        (graph(q("a", opt("x", next="a"))), "a → a"),
        (graph(q("a", opt("x")), q("a", opt("y"))), "meer dan één vraag"),
        (graph(q("a")), "geen antwoorden"),
        (graph(q("a", opt("x"), opt("x"))), "dezelfde code"),
        (graph(q(RESULT, opt("x"))), "gereserveerd"),
    ],
    ids=[
        "empty",
        "dangling-default",
        "dangling-option",
        "unreachable",
        "cycle",
        "self-loop",
        "duplicate-question",
        "no-options",
        "duplicate-option",
        "reserved-key",
    ],
)
def test_problems_are_named_in_plain_words(g, fragment):
    problems = graph_problems(g)
    assert any(fragment in p for p in problems), problems


def test_a_cycle_deep_in_a_branch_is_found():
    g = graph(
        q("a", opt("x", next="b"), next="d"),
        q("b", opt("y"), next="c"),
        q("c", opt("z", next="b"), next="d"),
        q("d", opt("w")),
    )
    assert any("b → c → b" in p for p in graph_problems(g))


def test_a_postcode_question_needs_no_options():
    assert graph_problems(graph(q("pc", kind="postcode"))) == []


def test_the_demo_questionnaire_is_valid_in_both_languages():
    for lang in (0, 1):
        assert graph_problems(graph_from_stream(questionnaire_stream(lang))) == []


def test_the_fingerprint_ignores_labels_but_not_branches():
    a = graph(q("a", opt("x"), opt("y")))
    relabelled = graph(
        q("a", opt("x"), opt("y")).__class__("a", "Andere tekst?", options=a.questions[0].options)
    )
    rerouted = graph(q("a", opt("x"), opt("y", next="b")), q("b", opt("z")))
    assert a.fingerprint == relabelled.fingerprint
    assert a.fingerprint != rerouted.fingerprint
