"""The audit log: one row per login, failed login, submission, reopening, export."""

from selftest.models import AuditEvent


def audit_log(
    *, action: str, user=None, username: str = "", council=None, assessment=None, detail: str = ""
) -> AuditEvent:
    """Record one event; the user name is kept as text for failed logins and deleted users."""
    if user is not None and not user.is_authenticated:
        user = None
    if assessment is not None and council is None:
        council = assessment.council
    return AuditEvent.objects.create(
        action=action,
        user=user,
        username=username or (user.get_username() if user else ""),
        council=council,
        assessment=assessment,
        detail=detail[:1000],
    )
