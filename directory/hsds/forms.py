"""The editors' import form."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ImportForm(forms.Form):
    """A file, and what to do with it: only try, and publish or keep as drafts."""

    file = forms.FileField(
        label=_("Bestand"),
        help_text=_(
            "Een HSDS 3.0 JSON-bestand (zoals services.json), of een zip met datapackage.json "
            "en de CSV-bestanden."
        ),
    )
    dry_run = forms.BooleanField(
        label=_("Alleen proberen: laat zien wat er verandert, sla niets op"),
        required=False,
        initial=True,
    )
    publish = forms.BooleanField(
        label=_("Nieuw en gewijzigd aanbod meteen publiceren"),
        required=False,
        help_text=_("Zonder vinkje komt het als concept klaar te staan, zodat u het nakijkt."),
    )

    def __init__(self, *args, can_publish: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_publish:
            del self.fields["publish"]
