"""Assessments: one council's answers for one year, on one questionnaire version."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from selftest.models.councils import Council, Role
from selftest.models.questionnaire import Question, QuestionnaireVersion
from selftest.scoring import AnswerValue

EXPLANATION_MAX = 2000
ACTION_MAX = 1000
URL_MAX = 500
REASON_MAX = 1000


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("Bezig")
    SUBMITTED = "submitted", _("Ingediend")


class Assessment(models.Model):
    """A council's self-test for a municipality and a year; submitting locks it."""

    council = models.ForeignKey(
        Council,
        on_delete=models.PROTECT,
        related_name="assessments",
        verbose_name=_("raad of team"),
    )
    # PROTECT: an assessment keeps the questions it was answered with, whatever editors do.
    version = models.ForeignKey(
        QuestionnaireVersion,
        on_delete=models.PROTECT,
        related_name="assessments",
        verbose_name=_("vragenlijstversie"),
    )
    year = models.PositiveSmallIntegerField(
        _("jaar"), validators=[MinValueValidator(2015), MaxValueValidator(2100)]
    )
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    municipality_code = models.CharField(_("CBS-gemeentecode"), max_length=6)
    municipality_name = models.CharField(_("gemeente"), max_length=100)
    status = models.CharField(
        _("status"), max_length=20, choices=AssessmentStatus.choices, default=AssessmentStatus.DRAFT
    )
    created_at = models.DateTimeField(_("begonnen op"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_published = models.BooleanField(_("samenvatting openbaar"), default=False)
    published_at = models.DateTimeField(_("openbaar sinds"), null=True, blank=True)
    shared_for_dialogue = models.BooleanField(
        _("gedeeld voor het gesprek"),
        default=False,
        help_text=_(
            "De andere partij in dezelfde gemeente mag de antwoorden naast de eigen leggen."
        ),
    )

    class Meta:
        verbose_name = _("zelftest")
        verbose_name_plural = _("zelftesten")
        ordering = ["-year", "council__name"]
        permissions = [("view_all_assessments", _("Alle zelftesten van alle raden inzien"))]
        constraints = [
            models.UniqueConstraint(fields=["council", "year"], name="selftest_one_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.council} {self.year}"

    @property
    def is_submitted(self) -> bool:
        return self.status == AssessmentStatus.SUBMITTED


class Answer(models.Model):
    """The council's answer to one question, with evidence and an agreed action."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    value = models.CharField(
        _("antwoord"),
        max_length=20,
        blank=True,
        choices=[(v.value, v.value) for v in AnswerValue],
    )
    explanation = models.TextField(
        _("toelichting of bewijs"), max_length=EXPLANATION_MAX, blank=True
    )
    evidence_url = models.URLField(_("link naar bewijs"), max_length=URL_MAX, blank=True)
    action = models.TextField(_("afgesproken actie"), max_length=ACTION_MAX, blank=True)
    # Bumped on every save: a save based on an older revision is a conflict, never overwritten.
    revision = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(_("laatst gewijzigd"), null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        constraints = [
            models.UniqueConstraint(fields=["assessment", "question"], name="selftest_answer_once")
        ]

    def __str__(self) -> str:
        return f"{self.assessment} {self.question.code}: {self.value or '-'}"

    @property
    def answer_value(self) -> AnswerValue | None:
        return AnswerValue(self.value) if self.value else None


class AuditAction(models.TextChoices):
    LOGIN = "login", _("Ingelogd")
    LOGIN_FAILED = "login_failed", _("Inloggen mislukt")
    LOGOUT = "logout", _("Uitgelogd")
    INVITATION_SENT = "invitation_sent", _("Uitnodiging verstuurd")
    INVITATION_ACCEPTED = "invitation_accepted", _("Uitnodiging gebruikt")
    STARTED = "started", _("Zelftest begonnen")
    SUBMITTED = "submitted", _("Zelftest ingediend")
    REOPENED = "reopened", _("Zelftest heropend")
    EXPORTED = "exported", _("Zelftest geëxporteerd")
    PUBLISHED = "published", _("Samenvatting openbaar gemaakt")
    WITHDRAWN = "withdrawn", _("Samenvatting teruggetrokken")


class AuditEvent(models.Model):
    """Who did what and when: logins, submissions, reopenings, exports."""

    action = models.CharField(_("actie"), max_length=30, choices=AuditAction.choices)
    created_at = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("gebruiker"),
    )
    # Kept as text as well: failed logins have no user, and users can be deleted.
    username = models.CharField(_("gebruikersnaam"), max_length=150, blank=True)
    council = models.ForeignKey(
        Council,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("raad of team"),
    )
    assessment = models.ForeignKey(
        Assessment,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_events",
        verbose_name=_("zelftest"),
    )
    detail = models.TextField(_("toelichting"), blank=True, max_length=REASON_MAX)

    class Meta:
        verbose_name = _("logregel")
        verbose_name_plural = _("logboek")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_action_display()} {self.username}"
