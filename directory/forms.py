"""The public "report an error" form: no account, no name, a hidden honeypot field."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ErrorReportForm(forms.Form):
    """What is wrong in an entry; an e-mail address only for someone who wants an answer."""

    message = forms.CharField(
        label=_("Wat klopt er niet?"),
        help_text=_(
            "Bijvoorbeeld: het telefoonnummer is veranderd. "
            "Schrijf geen gegevens over uw eigen situatie."
        ),
        max_length=2000,
        min_length=10,
        widget=forms.Textarea(attrs={"rows": 5, "class": "utrecht-textarea"}),
        error_messages={
            "required": _("Schrijf wat er niet klopt."),
            "min_length": _("Schrijf iets meer, minstens %(limit_value)d tekens."),
            "max_length": _("Schrijf het korter, hooguit %(limit_value)d tekens."),
        },
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres (niet verplicht)"),
        help_text=_("Alleen invullen als u antwoord wilt. We gebruiken het nergens anders voor."),
        required=False,
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "class": "utrecht-textbox utrecht-textbox--html-input"}
        ),
        error_messages={"invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl.")},
    )
    # People do not see this field (hidden with CSS); robots that fill every field do.
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get("website"))
