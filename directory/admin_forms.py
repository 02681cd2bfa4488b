"""Admin forms that check rules spanning several fields, including many-to-many ones."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class ServiceAdminForm(WagtailAdminModelForm):
    """Checks ages, costs and the service area before an editor can save."""

    def clean(self):
        data = super().clean()
        min_age, max_age = data.get("min_age"), data.get("max_age")
        if min_age is not None and max_age is not None and min_age > max_age:
            self.add_error("max_age", _("De hoogste leeftijd is lager dan de laagste."))
        if data.get("is_free") is False and not (data.get("cost_description") or "").strip():
            self.add_error("cost_description", _("Beschrijf wat het kost."))
        area_type = data.get("area_type")
        if area_type == "municipalities" and not data.get("area_municipalities"):
            self.add_error("area_municipalities", _("Kies minstens één gemeente."))
        if area_type == "radius":
            if not data.get("area_centre"):
                self.add_error("area_centre", _("Kies de locatie in het midden van het gebied."))
            if not data.get("area_radius_km"):
                self.add_error("area_radius_km", _("Vul de straal in kilometers in."))
        return data


class VerifyForm(forms.Form):
    """Confirms that an editor checked an entry with the provider."""

    note = forms.CharField(label=_("Notitie (niet verplicht)"), required=False, max_length=300)
