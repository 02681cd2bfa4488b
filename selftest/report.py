"""Turns questions and answers into report data; no queries here, the selectors fetch."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from selftest.scoring import AnswerValue, ScoredQuestion, Summary, ThemeScore, summarise


@dataclass(frozen=True)
class QuestionRow:
    """One question with the answer given to it (None when not answered yet)."""

    question: object  # selftest.models.Question
    answer: object | None  # selftest.models.Answer

    @property
    def value(self) -> AnswerValue | None:
        return self.answer.answer_value if self.answer is not None else None

    @property
    def needs_advice(self) -> bool:
        return self.value in (AnswerValue.NO, AnswerValue.PARTLY)


@dataclass(frozen=True)
class ThemeBlock:
    """A theme with its question rows and score."""

    theme: object  # selftest.models.Theme
    rows: tuple[QuestionRow, ...]
    score: ThemeScore

    @property
    def key(self) -> str:
        return self.theme.key

    @property
    def improvements(self) -> tuple[QuestionRow, ...]:
        return tuple(r for r in self.rows if r.needs_advice)


@dataclass(frozen=True)
class AssessmentData:
    """Everything the form overview, report and exports show of one assessment."""

    assessment: object  # selftest.models.Assessment
    themes: tuple[ThemeBlock, ...]
    summary: Summary

    def theme(self, key: str) -> ThemeBlock | None:
        return next((t for t in self.themes if t.key == key), None)

    @property
    def rows(self) -> tuple[QuestionRow, ...]:
        return tuple(r for t in self.themes for r in t.rows)


def build(assessment, themes: Sequence, questions: Iterable, answers: Iterable) -> AssessmentData:
    """Combine a version's themes and questions with an assessment's answers."""
    by_question = {a.question_id: a for a in answers}
    per_theme: dict[int, list] = {t.pk: [] for t in themes}
    for q in questions:
        per_theme.setdefault(q.theme_id, []).append(q)
    blocks = []
    scored: list[ScoredQuestion] = []
    for theme in themes:
        rows = tuple(QuestionRow(q, by_question.get(q.pk)) for q in per_theme[theme.pk])
        items = [
            ScoredQuestion(theme.key, r.question.code, r.question.weight, r.value) for r in rows
        ]
        scored.extend(items)
        summary_one = summarise(items, theme_keys=[theme.key])
        blocks.append(ThemeBlock(theme, rows, summary_one.themes[0]))
    summary = summarise(scored, theme_keys=[t.key for t in themes])
    return AssessmentData(assessment, tuple(blocks), summary)


@dataclass(frozen=True)
class DialogueRow:
    """One question as both parties answered it."""

    code: str
    statement: str
    ours: AnswerValue | None
    theirs: AnswerValue | None

    @property
    def differs(self) -> bool:
        return self.ours != self.theirs


def dialogue_rows(
    ours: AssessmentData, theirs: AssessmentData
) -> list[tuple[ThemeBlock, list[DialogueRow]]]:
    """Pair questions by their stable code, so two versions can still be compared."""
    their_values = {r.question.code: r.value for r in theirs.rows}
    result = []
    for block in ours.themes:
        rows = [
            DialogueRow(
                r.question.code, r.question.statement, r.value, their_values.get(r.question.code)
            )
            for r in block.rows
        ]
        result.append((block, rows))
    return result
