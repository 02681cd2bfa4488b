"""Reads of the self-test; every read of an assessment checks who is asking."""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404

from selftest import report
from selftest.models import (
    THEME_ORDER,
    Answer,
    Assessment,
    AssessmentStatus,
    AuditEvent,
    Council,
    Question,
    QuestionnaireVersion,
    Theme,
    VersionStatus,
)
from selftest.scoring import AnswerValue, ScoredQuestion, Summary, summarise

VIEW_ALL = "selftest.view_all_assessments"


def user_can_view_all(*, user) -> bool:
    """Editors with the permission see every council's assessments."""
    return user.is_authenticated and user.has_perm(VIEW_ALL)


def questionnaire_current() -> QuestionnaireVersion | None:
    """The newest published version: new assessments start on it."""
    return (
        QuestionnaireVersion.objects.filter(status=VersionStatus.PUBLISHED)
        .order_by("-published_at", "-pk")
        .first()
    )


def council_list_for_user(*, user) -> list[Council]:
    """The councils the user is a member of."""
    if not user.is_authenticated:
        return []
    return list(Council.objects.filter(memberships__user=user).order_by("name"))


def assessment_list_for_user(*, user) -> QuerySet[Assessment]:
    """Assessments the user may see: of the own councils, or all with the permission."""
    qs = Assessment.objects.select_related("council", "version")
    if user_can_view_all(user=user):
        return qs.order_by("-year", "council__name")
    if not user.is_authenticated:
        return qs.none()
    return qs.filter(council__memberships__user=user).order_by("-year", "council__name")


def assessment_get_for_user(*, user, pk: int) -> Assessment:
    """The assessment if the user may see it; 404 otherwise, so ids cannot be probed."""
    assessment = assessment_list_for_user(user=user).filter(pk=pk).first()
    if assessment is None:
        raise Http404("no such assessment for this user")
    return assessment


def user_is_member(*, user, council_id: int) -> bool:
    """Whether the user belongs to the council (and may change its assessments)."""
    return (
        user.is_authenticated and user.selftest_memberships.filter(council_id=council_id).exists()
    )


VersionParts = dict[int, tuple[list[Theme], list[Question]]]


def _version_parts(
    version_ids, known: VersionParts | None = None
) -> tuple[list[Theme], list[Question]]:
    """The themes and questions of these questionnaire versions, in report order.

    Versions already in `known` are not read again; the ones read are added to it, so a page
    that shows one assessment and its earlier years reads each version once.
    """
    known = {} if known is None else known
    missing = set(version_ids) - set(known)
    if missing:
        themes = list(Theme.objects.filter(version_id__in=missing))
        version_of = {t.pk: t.version_id for t in themes}
        questions = list(Question.objects.filter(theme_id__in=version_of))
        for version_id in missing:
            known[version_id] = (
                [t for t in themes if t.version_id == version_id],
                [q for q in questions if version_of[q.theme_id] == version_id],
            )
    themes = [t for v in set(version_ids) for t in known[v][0]]
    questions = [q for v in set(version_ids) for q in known[v][1]]
    return (
        sorted(themes, key=lambda t: (THEME_ORDER.index(t.key), t.pk)),
        sorted(questions, key=lambda q: (q.sort_order, q.pk)),
    )


def assessment_data(
    *, assessment: Assessment, versions: VersionParts | None = None
) -> report.AssessmentData:
    """Themes, questions, answers (with who changed them) and scores, in three queries."""
    themes, questions = _version_parts([assessment.version_id], versions)
    answers = Answer.objects.filter(assessment=assessment).select_related("updated_by")
    return report.build(assessment, themes, questions, answers)


def assessment_summaries(
    *, assessments: list[Assessment], versions: VersionParts | None = None
) -> dict[int, Summary]:
    """The scores of several assessments at once, in three queries whatever their number."""
    if not assessments:
        return {}
    version_ids = {a.version_id for a in assessments}
    themes, questions = _version_parts(version_ids, versions)
    theme_key = {t.pk: t.key for t in themes}
    theme_version = {t.pk: t.version_id for t in themes}
    values = defaultdict(dict)
    for assessment_id, question_id, value in Answer.objects.filter(
        assessment__in=assessments
    ).values_list("assessment_id", "question_id", "value"):
        values[assessment_id][question_id] = value or None
    result = {}
    for a in assessments:
        items = [
            ScoredQuestion(
                theme_key[q.theme_id],
                q.code,
                q.weight,
                values[a.pk].get(q.pk) and AnswerValue(values[a.pk][q.pk]),
            )
            for q in questions
            if theme_version[q.theme_id] == a.version_id
        ]
        result[a.pk] = summarise(items, theme_keys=THEME_ORDER)
    return result


def assessment_earlier_years(*, assessment: Assessment) -> list[Assessment]:
    """The council's submitted assessments of earlier years, oldest first."""
    return list(
        Assessment.objects.filter(
            council_id=assessment.council_id,
            year__lt=assessment.year,
            status=AssessmentStatus.SUBMITTED,
        ).order_by("year")
    )


def assessment_counterpart(*, assessment: Assessment, user) -> Assessment | None:
    """The other party's assessment of the same municipality and year, if the user may see it.

    Visible when the other party shared it for the dialogue, or the user may see it anyway.
    """
    other = (
        Assessment.objects.filter(
            municipality_code=assessment.municipality_code, year=assessment.year
        )
        .exclude(role=assessment.role)
        .select_related("council", "version")
        .order_by("-status", "pk")
        .first()
    )
    if other is None:
        return None
    if (
        other.shared_for_dialogue
        or assessment_list_for_user(user=user).filter(pk=other.pk).exists()
    ):
        return other
    return None


def assessment_events(*, assessment: Assessment, limit: int = 20) -> list[AuditEvent]:
    """The latest logged events of an assessment (submissions, reopenings, exports)."""
    return list(AuditEvent.objects.filter(assessment=assessment).order_by("-created_at")[:limit])


def assessment_list_published(*, limit: int | None = None) -> list[Assessment]:
    """Assessments whose council chose to publish a summary, newest first."""
    qs = (
        Assessment.objects.filter(is_published=True, status=AssessmentStatus.SUBMITTED)
        .select_related("council")
        .order_by("-year", "municipality_name")
    )
    return list(qs[:limit] if limit else qs)


def assessment_get_published(*, pk: int) -> Assessment:
    """A published, submitted assessment; 404 for anything else."""
    assessment = (
        Assessment.objects.filter(pk=pk, is_published=True, status=AssessmentStatus.SUBMITTED)
        .select_related("council", "version")
        .first()
    )
    if assessment is None:
        raise Http404("not published")
    return assessment


@dataclass(frozen=True)
class Benchmark:
    """Average score per theme over all submitted assessments, and how many councils."""

    councils: int
    averages: dict[str, float | None]


def benchmark_per_theme() -> Benchmark | None:
    """The anonymous benchmark; None below the minimum number of contributing councils."""
    submitted = list(Assessment.objects.filter(status=AssessmentStatus.SUBMITTED))
    councils = len({a.council_id for a in submitted})
    if councils < settings.SELFTEST_BENCHMARK_MIN_COUNCILS:
        return None
    summaries = assessment_summaries(assessments=submitted)
    averages: dict[str, float | None] = {}
    for key in THEME_ORDER:
        scores = [s.theme(key).score for s in summaries.values()]
        scores = [s for s in scores if s is not None]
        averages[key] = sum(scores) / len(scores) if scores else None
    return Benchmark(councils=councils, averages=averages)
