"""Writes of the self-test, one module per concern."""

from selftest.services.assessments import (
    AnswerInput,
    AssessmentLocked,
    Conflict,
    SaveResult,
    answer_fingerprint,
    answer_fingerprint_of,
    answers_save,
    assessment_reopen,
    assessment_set_published,
    assessment_set_shared,
    assessment_start,
    assessment_submit,
)
from selftest.services.audit import audit_log
from selftest.services.invitations import (
    InvitationError,
    invitation_accept,
    invitation_create,
    invitation_register,
    invitation_resolve,
    invitation_send,
    invitation_token,
)
from selftest.services.questionnaire import (
    questionnaire_version_copy,
    questionnaire_version_ensure_themes,
    questionnaire_version_problems,
    questionnaire_version_publish,
)

__all__ = [
    "AnswerInput",
    "AssessmentLocked",
    "Conflict",
    "InvitationError",
    "SaveResult",
    "answer_fingerprint",
    "answer_fingerprint_of",
    "answers_save",
    "assessment_reopen",
    "assessment_set_published",
    "assessment_set_shared",
    "assessment_start",
    "assessment_submit",
    "audit_log",
    "invitation_accept",
    "invitation_create",
    "invitation_register",
    "invitation_resolve",
    "invitation_send",
    "invitation_token",
    "questionnaire_version_copy",
    "questionnaire_version_ensure_themes",
    "questionnaire_version_problems",
    "questionnaire_version_publish",
]
