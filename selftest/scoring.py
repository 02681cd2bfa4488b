"""Scoring of a self-test: pure functions on frozen dataclasses, no database.

yes = 1, partly = 0.5, no = 0, each times the question's weight; "don't know", "not applicable"
and unanswered questions are left out of the score and counted separately, so a council that
does not know is never punished or rewarded for it.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class AnswerValue(StrEnum):
    """The answer scale of the self-test."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    DONT_KNOW = "dont_know"
    NOT_APPLICABLE = "not_applicable"


class Light(StrEnum):
    """Traffic light of a theme or the whole assessment."""

    GREEN = "green"
    ORANGE = "orange"
    RED = "red"
    NONE = "none"  # nothing scored: no judgement possible


POINTS: dict[AnswerValue, float] = {
    AnswerValue.YES: 1.0,
    AnswerValue.PARTLY: 0.5,
    AnswerValue.NO: 0.0,
}
# At or above these fractions a theme is green or orange; below ORANGE_FROM it is red.
GREEN_FROM = 0.75
ORANGE_FROM = 0.5
ANSWER_ORDER: tuple[AnswerValue, ...] = tuple(AnswerValue)


@dataclass(frozen=True)
class ScoredQuestion:
    """One question with its answer (None when not answered yet)."""

    theme_key: str
    code: str
    weight: int
    answer: AnswerValue | None

    def __post_init__(self) -> None:
        if self.weight < 1:
            raise ValueError(f"weight must be at least 1, got {self.weight} for {self.code}")


@dataclass(frozen=True)
class ThemeScore:
    """Counts per answer, the weighted score (0..1, None without scored answers) and a light."""

    key: str
    counts: tuple[tuple[AnswerValue, int], ...]
    total: int
    unanswered: int
    score: float | None
    light: Light
    improvement_codes: tuple[str, ...]

    @property
    def answered(self) -> int:
        return self.total - self.unanswered

    @property
    def scored(self) -> int:
        return sum(n for value, n in self.counts if value in POINTS)

    @property
    def excluded(self) -> int:
        """Answers left out of the score: don't know and not applicable."""
        return self.answered - self.scored

    @property
    def percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)

    def count(self, value: AnswerValue) -> int:
        return dict(self.counts)[value]


@dataclass(frozen=True)
class Summary:
    """The scores of every theme and of the whole assessment."""

    themes: tuple[ThemeScore, ...]
    score: float | None
    light: Light
    total: int
    answered: int

    @property
    def percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.answered == self.total

    def theme(self, key: str) -> ThemeScore:
        return next(t for t in self.themes if t.key == key)

    @property
    def weakest(self) -> tuple[ThemeScore, ...]:
        """Themes with a red or orange light, lowest score first."""
        weak = [t for t in self.themes if t.light in (Light.RED, Light.ORANGE)]
        return tuple(sorted(weak, key=lambda t: (t.score, t.key)))


def traffic_light(score: float | None) -> Light:
    """Green from 75%, orange from 50%, red below; no light without a score."""
    if score is None:
        return Light.NONE
    if score >= GREEN_FROM:
        return Light.GREEN
    if score >= ORANGE_FROM:
        return Light.ORANGE
    return Light.RED


def _weighted(questions: Sequence[ScoredQuestion]) -> float | None:
    earned = 0.0
    possible = 0
    for q in questions:
        if q.answer in POINTS:
            earned += POINTS[q.answer] * q.weight
            possible += q.weight
    return None if possible == 0 else earned / possible


def score_theme(key: str, questions: Iterable[ScoredQuestion]) -> ThemeScore:
    """Score one theme's questions."""
    items = list(questions)
    counts = tuple((value, sum(1 for q in items if q.answer == value)) for value in ANSWER_ORDER)
    score = _weighted(items)
    return ThemeScore(
        key=key,
        counts=counts,
        total=len(items),
        unanswered=sum(1 for q in items if q.answer is None),
        score=score,
        light=traffic_light(score),
        # "no" and "partly" get advice in the report; unanswered ones are not judged.
        improvement_codes=tuple(
            q.code for q in items if q.answer in (AnswerValue.NO, AnswerValue.PARTLY)
        ),
    )


def summarise(questions: Iterable[ScoredQuestion], *, theme_keys: Sequence[str]) -> Summary:
    """Score every theme in the given order, and the whole (weighted over all questions)."""
    items = list(questions)
    unknown = {q.theme_key for q in items} - set(theme_keys)
    if unknown:
        raise ValueError(f"questions of unknown themes: {sorted(unknown)}")
    themes = tuple(score_theme(key, [q for q in items if q.theme_key == key]) for key in theme_keys)
    score = _weighted(items)
    return Summary(
        themes=themes,
        score=score,
        light=traffic_light(score),
        total=len(items),
        answered=sum(1 for q in items if q.answer is not None),
    )


def parse_answer(raw: str | None, *, allow_not_applicable: bool) -> AnswerValue | None:
    """The answer for a raw form value; None for empty; ValueError outside the scale."""
    if raw in (None, ""):
        return None
    try:
        value = AnswerValue(raw)
    except ValueError as exc:
        raise ValueError(f"not on the answer scale: {raw!r}") from exc
    if value is AnswerValue.NOT_APPLICABLE and not allow_not_applicable:
        raise ValueError("not applicable is not allowed for this question")
    return value
