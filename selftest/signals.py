"""Logins, failed logins and logouts go to the audit log; a login starts the session clock."""

import time

from django.contrib.auth import signals

from selftest.middleware import LOGIN_AT, SEEN_AT
from selftest.models import AuditAction


def _logged_in(sender, request, user, **kwargs):
    from selftest.services import audit_log

    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[LOGIN_AT] = now
        request.session[SEEN_AT] = now
    audit_log(action=AuditAction.LOGIN, user=user)


def _login_failed(sender, credentials, request=None, **kwargs):
    from selftest.services import audit_log

    audit_log(action=AuditAction.LOGIN_FAILED, username=str(credentials.get("username", ""))[:150])


def _logged_out(sender, request, user, **kwargs):
    from selftest.services import audit_log

    if user is not None:
        audit_log(action=AuditAction.LOGOUT, user=user)


def connect() -> None:
    signals.user_logged_in.connect(_logged_in, dispatch_uid="selftest_logged_in")
    signals.user_login_failed.connect(_login_failed, dispatch_uid="selftest_login_failed")
    signals.user_logged_out.connect(_logged_out, dispatch_uid="selftest_logged_out")
