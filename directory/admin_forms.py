"""Admin forms that check rules spanning several fields, including many-to-many ones."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class ServiceAdminForm(WagtailAdminModelForm):
    """Checks that a service working in municipalities names at least one.

    Rules on plain fields live in Service.clean(), which this form runs too; the chosen
    municipalities only exist in the form until it is saved.
    """

    def clean(self):
        data = super().clean()
        if data.get("area_type") == "municipalities" and not data.get("area_municipalities"):
            self.add_error("area_municipalities", _("Kies minstens één gemeente."))
        return data


class VerifyForm(forms.Form):
    """Confirms that an editor checked an entry with the provider."""

    note = forms.CharField(label=_("Notitie (niet verplicht)"), required=False, max_length=300)
