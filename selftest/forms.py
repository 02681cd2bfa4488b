"""Forms of the self-test's public pages; every limit has a plain message."""

import datetime

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from selftest.labels import ANSWER_LABELS
from selftest.models.assessments import ACTION_MAX, EXPLANATION_MAX, REASON_MAX, URL_MAX
from selftest.scoring import AnswerValue

FIRST_YEAR = 2015


class LoginForm(AuthenticationForm):
    """Log in with e-mail address and password."""

    error_messages = {
        "invalid_login": _(
            "Dit e-mailadres en wachtwoord passen niet bij elkaar. Let op hoofdletters."
        ),
        "inactive": _("Dit account is uitgezet. Neem contact op met de redactie."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("E-mailadres")
        self.fields["username"].widget.attrs.update({"autocomplete": "username"})
        self.fields["password"].label = _("Wachtwoord")


class RegisterForm(forms.Form):
    """Choose a name and password when accepting an invitation."""

    first_name = forms.CharField(
        label=_("Uw voornaam"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    password1 = forms.CharField(
        label=_("Kies een wachtwoord"),
        strip=False,
        help_text=_("Minstens 12 tekens. Geen wachtwoord dat veel mensen gebruiken."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Typ het wachtwoord nog een keer"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        one, two = data.get("password1"), data.get("password2")
        if one and two and one != two:
            self.add_error("password2", _("De twee wachtwoorden zijn niet gelijk."))
        elif one:
            user = get_user_model()(
                username=self.email, email=self.email, first_name=data.get("first_name", "")
            )
            try:
                password_validation.validate_password(one, user)
            except forms.ValidationError as error:
                for item in error.error_list:
                    # Django's own Dutch text for this one is missing; say it plainly here.
                    if item.code == "password_too_short":
                        item = forms.ValidationError(
                            _("Dit wachtwoord is te kort. Gebruik minstens 12 tekens.")
                        )
                    self.add_error("password1", item)
        return data


def year_choices() -> list[tuple[int, int]]:
    this_year = datetime.date.today().year
    return [(y, y) for y in range(this_year + 1, FIRST_YEAR - 1, -1)]


class StartForm(forms.Form):
    """Start a new assessment for one of the user's councils."""

    council = forms.ModelChoiceField(
        queryset=None, label=_("Voor welke raad of welk team?"), empty_label=None
    )
    year = forms.TypedChoiceField(label=_("Over welk jaar?"), coerce=int, choices=year_choices)

    def __init__(self, *args, councils, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].queryset = councils


class AnswerForm(forms.Form):
    """The answer to one question; rendered as a fieldset by the theme template."""

    value = forms.ChoiceField(
        label=_("Antwoord"),
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Kies een van de antwoorden uit de lijst.")},
    )
    explanation = forms.CharField(
        label=_("Toelichting of bewijs"),
        required=False,
        max_length=EXPLANATION_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld: waar staat het in het beleidsplan? Hoogstens 2000 tekens."),
    )
    evidence_url = forms.URLField(
        label=_("Link naar bewijs (niet verplicht)"),
        required=False,
        max_length=URL_MAX,
        assume_scheme="https",
        error_messages={
            "invalid": _("Vul een volledige link in, zoals https://www.gemeente.nl/beleid.")
        },
    )
    action = forms.CharField(
        label=_("Afgesproken actie (niet verplicht)"),
        required=False,
        max_length=ACTION_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Wat gaat u of de gemeente doen? Hoogstens 1000 tekens."),
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0, initial=0)
    original = forms.CharField(widget=forms.HiddenInput, max_length=16, required=False)

    def __init__(self, *args, question, **kwargs):
        self.question = question
        super().__init__(*args, **kwargs)
        values = [
            v
            for v in AnswerValue
            if v is not AnswerValue.NOT_APPLICABLE or question.allow_not_applicable
        ]
        self.fields["value"].choices = [(v.value, ANSWER_LABELS[v]) for v in values]


class ReopenForm(forms.Form):
    """Why a submitted assessment must open again; the reason is logged."""

    reason = forms.CharField(
        label=_("Waarom moet de zelftest weer open?"),
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Hoogstens 1000 tekens. Dit komt in het logboek."),
    )
