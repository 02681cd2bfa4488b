"""Routing: answers + graph -> the route so far and the resident's profile (no database)."""

import pytest

from directory.wegwijzer.graph import RESULT
from directory.wegwijzer.routing import is_valid, profile_build, walk
from tests.factories.wegwijzer import graph, opt, q

G = graph(
    q(
        "wie",
        opt("zelf", for_whom="self"),
        opt("zorg", for_whom="carer"),
        next="onderwerp",
    ),
    q(
        "onderwerp",
        opt("wonen", domains={"wonen"}),
        opt("geld", next="geld", domains={"geldzaken-en-schulden"}),
        opt("zorg", domains={"zorg-en-gezondheid"}),
        kind="multiple",
        next="leeftijd",
    ),
    q("geld", opt("schulden", domains={"geldzaken-en-schulden"}), next="leeftijd"),
    q("leeftijd", opt("oud", age_band="oudere"), opt("jong", age_band="jeugd"), next="pc"),
    q("pc", kind="postcode"),
)


@pytest.mark.parametrize(
    ("answers", "current", "path", "total"),
    [
        ({}, "wie", [], 4),
        ({"wie": ("zelf",)}, "onderwerp", ["wie"], 4),
        ({"wie": ("zelf",), "onderwerp": ("wonen",)}, "leeftijd", ["wie", "onderwerp"], 4),
        # The debt branch adds a question, so the estimate grows.
        ({"wie": ("zelf",), "onderwerp": ("wonen", "geld")}, "geld", ["wie", "onderwerp"], 5),
        # An answer off the route (the branch was left) is ignored.
        (
            {"wie": ("zelf",), "onderwerp": ("wonen",), "geld": ("schulden",)},
            "leeftijd",
            ["wie", "onderwerp"],
            4,
        ),
        (
            {"wie": ("zelf",), "onderwerp": ("zorg",), "leeftijd": ("oud",), "pc": ("GM0988",)},
            RESULT,
            ["wie", "onderwerp", "leeftijd", "pc"],
            4,
        ),
        # A later answer survives a change earlier on, as long as the route still passes it.
        ({"wie": ("zorg",), "onderwerp": ("zorg",), "leeftijd": ("oud",)}, "pc", None, 4),
    ],
)
def test_walk_follows_the_answers(answers, current, path, total):
    route = walk(G, answers)
    assert route.current == current
    if path is not None:
        assert [a.question for a in route.path] == path
    assert route.total == total


@pytest.mark.parametrize(
    ("question", "choices", "valid"),
    [
        ("wie", ("zelf",), True),
        ("wie", ("zelf", "zorg"), False),  # single choice
        ("wie", ("hacker",), False),  # not an option of this question
        ("wie", ("wonen",), False),  # an option of another question
        ("wie", (), False),
        ("onderwerp", ("wonen", "zorg"), True),
        ("onderwerp", ("wonen", "wonen"), False),
        ("pc", ("GM0988",), True),
        ("pc", ("",), True),  # skipped
        ("pc", ("6001",), False),  # a postcode is never stored, only the municipality
        ("pc", ("GM0988", "GM0946"), False),
    ],
)
def test_only_answers_that_belong_to_the_question_are_valid(question, choices, valid):
    assert is_valid(G.question(question), choices) is valid


def test_an_answer_that_no_longer_fits_stops_the_route_there_and_is_reported():
    route = walk(G, {"wie": ("zelf",), "onderwerp": ("verdwenen",), "weg": ("x",)})
    assert route.current == "onderwerp"
    assert set(route.invalid) == {"onderwerp", "weg"}


def test_position_counts_from_one_on_the_route():
    route = walk(G, {"wie": ("zelf",), "onderwerp": ("wonen",)})
    assert (route.position("wie"), route.position("onderwerp"), route.position("leeftijd")) == (
        1,
        2,
        3,
    )


def test_profile_combines_facts_and_remembers_why():
    route = walk(
        G,
        {
            "wie": ("zorg",),
            "onderwerp": ("wonen", "geld"),
            "geld": ("schulden",),
            "leeftijd": ("oud",),
            "pc": ("GM0988",),
        },
    )
    profile = profile_build(G, route)
    assert profile.domains == {"wonen", "geldzaken-en-schulden", "mantelzorg"}
    assert profile.groups == {"iedereen", "ouderen", "mantelzorgers"}
    assert profile.for_whom == "carer"
    assert profile.age_band == "oudere"
    assert profile.age_range == (65, 120)
    assert profile.municipality == "GM0988"
    assert profile.labels("domain:geldzaken-en-schulden") == ("Geld", "Schulden")
    assert profile.labels("group:ouderen") == ("Oud",)


def test_a_skipped_postcode_leaves_the_municipality_unknown():
    answers = {"wie": ("zelf",), "onderwerp": ("zorg",), "leeftijd": ("jong",), "pc": ("",)}
    profile = profile_build(G, walk(G, answers))
    assert profile.municipality == ""
    assert "jeugd-en-ouders" in profile.groups
