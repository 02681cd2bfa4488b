"""Log in, log out and accept an invitation, on the public site (not Wagtail's admin)."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from selftest import services
from selftest.forms import LoginForm, RegisterForm


class LoginView(auth_views.LoginView):
    """Members log in with e-mail address and password; django-axes locks after failures."""

    form_class = LoginForm
    template_name = "selftest/auth/login.html"
    redirect_authenticated_user = True
    next_page = reverse_lazy("selftest:dashboard")


class LogoutView(auth_views.LogoutView):
    """POST only: ends and deletes the session."""

    next_page = reverse_lazy("selftest:login")

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("U bent uitgelogd."))
        return response


@never_cache
@sensitive_post_parameters("password1", "password2")
def invitation(request, token: str):
    """Accept an invitation: a new member chooses a password, a logged-in user just joins."""
    try:
        invite = services.invitation_resolve(token=token)
    except services.InvitationError as error:
        return render(
            request, "selftest/auth/invitation_invalid.html", {"error": str(error)}, status=410
        )
    user = request.user
    if user.is_authenticated:
        if request.method == "POST":
            try:
                services.invitation_accept(invitation=invite, user=user)
            except services.InvitationError as error:
                return render(
                    request,
                    "selftest/auth/invitation_invalid.html",
                    {"error": str(error)},
                    status=410,
                )
            messages.success(
                request, _("U bent nu lid van %(council)s.") % {"council": invite.council}
            )
            return redirect("selftest:dashboard")
        return render(request, "selftest/auth/invitation_join.html", {"invitation": invite})
    form = RegisterForm(request.POST or None, email=invite.email)
    if request.method == "POST" and form.is_valid():
        try:
            new_user = services.invitation_register(
                invitation=invite,
                first_name=form.cleaned_data["first_name"],
                password=form.cleaned_data["password1"],
            )
        except services.InvitationError as error:
            form.add_error(None, str(error))
        else:
            login(request, new_user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(
                request, _("Welkom! U bent nu lid van %(council)s.") % {"council": invite.council}
            )
            return redirect("selftest:dashboard")
    return render(
        request,
        "selftest/auth/invitation_register.html",
        {"invitation": invite, "form": form},
        status=400 if form.errors else 200,
    )
