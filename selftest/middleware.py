"""Ends a logged-in session after a period of inactivity and after an absolute maximum."""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

LOGIN_AT = "selftest_login_at"
SEEN_AT = "selftest_seen_at"
# Writing the session on every request would cost a query each time; a minute is precise enough.
TOUCH_EVERY = 60


class SessionExpiryMiddleware:
    """Log out after SELFTEST_SESSION_IDLE_SECONDS idle or SELFTEST_SESSION_MAX_SECONDS total."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            login_at = request.session.setdefault(LOGIN_AT, now)
            seen_at = request.session.get(SEEN_AT, now)
            idle = now - seen_at > settings.SELFTEST_SESSION_IDLE_SECONDS
            too_old = now - login_at > settings.SELFTEST_SESSION_MAX_SECONDS
            if idle or too_old:
                logout(request)
                messages.info(request, _("U was te lang niet actief. Log opnieuw in."))
                if request.path.startswith("/admin/"):
                    return redirect(request.get_full_path())  # the admin asks for its own login
                return redirect(f"{reverse('selftest:login')}?{urlencode({'next': request.path})}")
            if now - seen_at >= TOUCH_EVERY or SEEN_AT not in request.session:
                request.session[SEEN_AT] = now
        return self.get_response(request)
