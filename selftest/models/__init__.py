"""Models of the self-test."""

from selftest.models.assessments import (
    Answer,
    Assessment,
    AssessmentStatus,
    AuditAction,
    AuditEvent,
)
from selftest.models.councils import Council, Invitation, Membership, Role
from selftest.models.pages import SelftestIndexPage
from selftest.models.questionnaire import (
    THEME_ORDER,
    Question,
    QuestionnaireVersion,
    Theme,
    ThemeKey,
    VersionStatus,
)
from selftest.models.reading import ReadMore

__all__ = [
    "THEME_ORDER",
    "Answer",
    "Assessment",
    "AssessmentStatus",
    "AuditAction",
    "AuditEvent",
    "Council",
    "Invitation",
    "Membership",
    "Question",
    "QuestionnaireVersion",
    "ReadMore",
    "Role",
    "SelftestIndexPage",
    "Theme",
    "ThemeKey",
    "VersionStatus",
]
