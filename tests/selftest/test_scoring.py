"""Scoring is a pure function: table-driven tests with the edge cases."""

import pytest

from selftest.scoring import (
    AnswerValue as A,
)
from selftest.scoring import (
    Light,
    ScoredQuestion,
    parse_answer,
    score_theme,
    summarise,
    traffic_light,
)


def q(answer, weight=1, theme="beleidsplan", code=None):
    return ScoredQuestion(
        theme_key=theme, code=code or f"q{id(object())}", weight=weight, answer=answer
    )


@pytest.mark.parametrize(
    ("answers", "expected_score", "light"),
    [
        ([A.YES, A.YES, A.YES, A.YES], 1.0, Light.GREEN),
        ([A.NO, A.NO], 0.0, Light.RED),
        ([A.PARTLY], 0.5, Light.ORANGE),
        ([A.YES, A.NO], 0.5, Light.ORANGE),
        ([A.YES, A.YES, A.YES, A.NO], 0.75, Light.GREEN),
        ([A.YES, A.PARTLY, A.NO, A.NO], 0.375, Light.RED),
        # don't know and not applicable are left out, not counted as zero
        ([A.YES, A.DONT_KNOW, A.NOT_APPLICABLE], 1.0, Light.GREEN),
        ([A.DONT_KNOW, A.DONT_KNOW], None, Light.NONE),
        ([None, None], None, Light.NONE),
        ([A.NO, None], 0.0, Light.RED),
        ([], None, Light.NONE),
    ],
)
def test_theme_score(answers, expected_score, light):
    result = score_theme("beleidsplan", [q(a) for a in answers])
    assert result.score == expected_score
    assert result.light is light
    assert result.total == len(answers)


def test_weights_count_in_score():
    # yes with weight 3 and no with weight 1: 3/4
    result = score_theme("x", [q(A.YES, weight=3), q(A.NO, weight=1)])
    assert result.score == 0.75
    assert result.percent == 75


def test_excluded_and_unanswered_are_counted_separately():
    result = score_theme(
        "x", [q(A.YES), q(A.DONT_KNOW), q(A.NOT_APPLICABLE), q(None), q(A.PARTLY, code="p")]
    )
    assert result.count(A.DONT_KNOW) == 1
    assert result.count(A.NOT_APPLICABLE) == 1
    assert result.unanswered == 1
    assert result.excluded == 2
    assert result.scored == 2
    assert result.answered == 4
    assert result.improvement_codes == ("p",)


@pytest.mark.parametrize(
    ("score", "light"),
    [
        (None, Light.NONE),
        (0.0, Light.RED),
        (0.4999, Light.RED),
        (0.5, Light.ORANGE),
        (0.7499, Light.ORANGE),
        (0.75, Light.GREEN),
        (1.0, Light.GREEN),
    ],
)
def test_traffic_light_boundaries(score, light):
    assert traffic_light(score) is light


def test_summary_is_weighted_over_all_questions_and_keeps_theme_order():
    questions = [
        q(A.YES, theme="b", code="b1"),
        q(A.NO, theme="a", code="a1"),
        q(A.NO, theme="a", code="a2"),
        q(A.DONT_KNOW, theme="a", code="a3"),
    ]
    summary = summarise(questions, theme_keys=["a", "b", "c"])
    assert [t.key for t in summary.themes] == ["a", "b", "c"]
    assert summary.score == pytest.approx(1 / 3)
    assert summary.light is Light.RED
    assert summary.theme("c").light is Light.NONE
    assert summary.answered == 4 and summary.is_complete
    assert [t.key for t in summary.weakest] == ["a"]


def test_summary_of_nothing_has_no_score():
    summary = summarise([], theme_keys=["a"])
    assert summary.score is None and summary.light is Light.NONE and not summary.is_complete


def test_unknown_theme_is_refused():
    with pytest.raises(ValueError, match="unknown themes"):
        summarise([q(A.YES, theme="zz")], theme_keys=["a"])


def test_weight_below_one_is_refused():
    with pytest.raises(ValueError, match="weight"):
        q(A.YES, weight=0)


@pytest.mark.parametrize(
    ("raw", "allow_na", "expected"),
    [
        ("yes", False, A.YES),
        ("", False, None),
        (None, True, None),
        ("not_applicable", True, A.NOT_APPLICABLE),
    ],
)
def test_parse_answer(raw, allow_na, expected):
    assert parse_answer(raw, allow_not_applicable=allow_na) is expected


@pytest.mark.parametrize(
    ("raw", "allow_na"), [("maybe", True), ("1", True), ("not_applicable", False), ("YES", True)]
)
def test_parse_answer_refuses_values_outside_the_scale(raw, allow_na):
    with pytest.raises(ValueError):
        parse_answer(raw, allow_not_applicable=allow_na)
