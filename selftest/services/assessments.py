"""Writes on assessments: start, save a theme's answers, submit, reopen, publish, share."""

import hashlib
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from selftest.models import (
    Answer,
    Assessment,
    AssessmentStatus,
    AuditAction,
    Council,
    Question,
    Theme,
)
from selftest.selectors import questionnaire_current
from selftest.services.audit import audit_log


class AssessmentLocked(Exception):
    """The assessment was submitted; it must be reopened before it can change."""


@dataclass(frozen=True)
class AnswerInput:
    """One question's posted fields, with the revision and fingerprint the form was built on."""

    question_id: int
    value: str
    explanation: str
    evidence_url: str
    action: str
    revision: int
    original: str


@dataclass(frozen=True)
class Conflict:
    """Someone else saved this answer after the form was opened."""

    question_id: int
    theirs: Answer


@dataclass(frozen=True)
class SaveResult:
    saved: int
    conflicts: tuple[Conflict, ...] = ()
    missing: tuple[int, ...] = ()


def answer_fingerprint(*, value: str, explanation: str, evidence_url: str, action: str) -> str:
    """A short hash of an answer's content, to tell what the member actually changed."""
    raw = "\x1f".join([value or "", explanation or "", evidence_url or "", action or ""])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def answer_fingerprint_of(answer: Answer | None) -> str:
    """The fingerprint of a stored answer; an unsaved answer is empty."""
    if answer is None:
        return answer_fingerprint(value="", explanation="", evidence_url="", action="")
    return answer_fingerprint(
        value=answer.value,
        explanation=answer.explanation,
        evidence_url=answer.evidence_url,
        action=answer.action,
    )


@transaction.atomic
def assessment_start(*, council: Council, year: int, user) -> Assessment:
    """Start the council's assessment for a year on the current questionnaire version."""
    version = questionnaire_current()
    if version is None:
        raise ValidationError(_("Er is nog geen gepubliceerde vragenlijst. Probeer het later."))
    if Assessment.objects.filter(council=council, year=year).exists():
        raise ValidationError(
            _("%(council)s heeft al een zelftest voor %(year)s.")
            % {"council": council, "year": year}
        )
    try:
        with transaction.atomic():
            assessment = Assessment.objects.create(
                council=council,
                version=version,
                year=year,
                role=council.role,
                municipality_code=council.municipality_code,
                municipality_name=council.municipality_name,
                created_by=user,
            )
    except IntegrityError as exc:  # two members pressed start at the same moment
        raise ValidationError(_("Deze zelftest is net al begonnen.")) from exc
    audit_log(action=AuditAction.STARTED, user=user, assessment=assessment, detail=str(year))
    return assessment


@transaction.atomic
def answers_save(
    *, assessment: Assessment, theme: Theme, user, entries: list[AnswerInput]
) -> SaveResult:
    """Save the changed answers of one theme, or nothing at all when any of them conflicts."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if locked.is_submitted:
        raise AssessmentLocked
    question_ids = set(Question.objects.filter(theme=theme).values_list("pk", flat=True))
    missing = tuple(e.question_id for e in entries if e.question_id not in question_ids)
    entries = [e for e in entries if e.question_id in question_ids]
    existing = {
        a.question_id: a
        # Lock only the answers: PostgreSQL cannot lock the nullable side of the outer join
        # that select_related("updated_by") adds.
        for a in Answer.objects.select_for_update(of=("self",))
        .filter(assessment=locked, question_id__in=[e.question_id for e in entries])
        .select_related("updated_by")
    }
    to_save: list[AnswerInput] = []
    conflicts: list[Conflict] = []
    for entry in entries:
        current = existing.get(entry.question_id)
        posted = answer_fingerprint(
            value=entry.value,
            explanation=entry.explanation,
            evidence_url=entry.evidence_url,
            action=entry.action,
        )
        if posted in (entry.original, answer_fingerprint_of(current)):
            continue  # untouched by this member, or already saved like this
        if entry.revision != (current.revision if current else 0):
            conflicts.append(Conflict(entry.question_id, current))
        else:
            to_save.append(entry)
    if conflicts:
        return SaveResult(saved=0, conflicts=tuple(conflicts), missing=missing)
    now = timezone.now()
    for entry in to_save:
        answer = existing.get(entry.question_id) or Answer(
            assessment=locked, question_id=entry.question_id
        )
        answer.value = entry.value
        answer.explanation = entry.explanation
        answer.evidence_url = entry.evidence_url
        answer.action = entry.action
        answer.revision += 1
        answer.updated_at = now
        answer.updated_by = user
        answer.save()
    return SaveResult(saved=len(to_save), missing=missing)


@transaction.atomic
def assessment_submit(*, assessment: Assessment, user, open_questions: int) -> Assessment:
    """Lock the assessment; every question needs an answer ("weet niet" counts)."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if locked.is_submitted:
        raise ValidationError(_("Deze zelftest is al ingediend."))
    if open_questions:
        raise ValidationError(
            _("Nog %(count)d vragen zonder antwoord. Kies 'Weet ik niet' als u het niet weet.")
            % {"count": open_questions}
        )
    locked.status = AssessmentStatus.SUBMITTED
    locked.submitted_at = timezone.now()
    locked.submitted_by = user
    locked.save(update_fields=["status", "submitted_at", "submitted_by"])
    audit_log(action=AuditAction.SUBMITTED, user=user, assessment=locked)
    return locked


@transaction.atomic
def assessment_reopen(*, assessment: Assessment, user, reason: str) -> Assessment:
    """Unlock a submitted assessment; the reason is logged and its publication withdrawn."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Schrijf op waarom de zelftest weer open moet."))
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if not locked.is_submitted:
        raise ValidationError(_("Deze zelftest is niet ingediend en staat al open."))
    locked.status = AssessmentStatus.DRAFT
    locked.is_published = False
    locked.save(update_fields=["status", "is_published"])
    audit_log(action=AuditAction.REOPENED, user=user, assessment=locked, detail=reason)
    return locked


def assessment_set_published(*, assessment: Assessment, user, published: bool) -> Assessment:
    """Publish (only when submitted) or withdraw the public summary."""
    if published and not assessment.is_submitted:
        raise ValidationError(_("Dien de zelftest eerst in. Daarna kunt u hem openbaar maken."))
    assessment.is_published = published
    assessment.published_at = timezone.now() if published else None
    assessment.save(update_fields=["is_published", "published_at"])
    audit_log(
        action=AuditAction.PUBLISHED if published else AuditAction.WITHDRAWN,
        user=user,
        assessment=assessment,
    )
    return assessment


def assessment_set_shared(*, assessment: Assessment, shared: bool) -> Assessment:
    """Let the other party of the same municipality and year compare answers, or stop it."""
    assessment.shared_for_dialogue = shared
    assessment.save(update_fields=["shared_for_dialogue"])
    return assessment
