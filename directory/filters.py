"""The search form of the social map as a django-filter FilterSet.

It validates what is in the URL and turns it into search criteria; invalid parts are left out
with a message for the resident, so a wrong link never gives an error page.
"""

from dataclasses import dataclass, field

import django_filters
from django import forms
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.models import Service
from directory.search.base import SORT_DISTANCE, SORT_NAME, SORT_RELEVANCE

MAX_QUERY_LENGTH = 200
RADIUS_CHOICES = [2, 5, 10, 25, 50]
DEFAULT_RADIUS = 10
SORT_CHOICES = [
    (SORT_RELEVANCE, gettext_lazy("Beste match")),
    (SORT_DISTANCE, gettext_lazy("Afstand")),
    (SORT_NAME, gettext_lazy("Naam (A-Z)")),
]
# URL parameter -> field of the search query; names are Dutch because residents see them.
FACET_PARAMS = {
    "lijn": "support_lines",
    "thema": "life_domains",
    "doelgroep": "target_groups",
    "gemeente": "municipalities",
    "taal": "languages",
}
FLAG_PARAMS = {
    "gratis": "free",
    "zonder_verwijzing": "no_referral",
    "rolstoel": "wheelchair",
    "huisbezoek": "home_visit",
}


class TolerantMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values and drops unknown ones instead of rejecting the whole field."""

    def clean(self, value):
        value = self.to_python(value)
        known = {str(k) for k, _label in self.choices}
        return [v for v in dict.fromkeys(value) if v in known]


class TolerantMultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = TolerantMultipleChoiceField


@dataclass(frozen=True)
class Criteria:
    """The valid part of the URL, ready for the selector."""

    text: str = ""
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    flags: tuple[str, ...] = ()
    postcode: str = ""
    radius_km: int = DEFAULT_RADIUS
    sort: str = SORT_RELEVANCE


_FORM_CLASSES: dict[tuple, type] = {}
_FORM_CLASSES_MAX = 32


class ServiceFilterSet(django_filters.FilterSet):
    """Free text, facets, near a postcode, and the order of the results."""

    q = django_filters.CharFilter(label=gettext_lazy("Zoekwoorden"))
    lijn = TolerantMultipleChoiceFilter(label=gettext_lazy("Soort hulp"))
    thema = TolerantMultipleChoiceFilter(label=gettext_lazy("Thema"))
    doelgroep = TolerantMultipleChoiceFilter(label=gettext_lazy("Voor wie"))
    gemeente = TolerantMultipleChoiceFilter(label=gettext_lazy("Gemeente"))
    taal = TolerantMultipleChoiceFilter(label=gettext_lazy("Taal"))
    gratis = django_filters.BooleanFilter(widget=forms.CheckboxInput)
    zonder_verwijzing = django_filters.BooleanFilter(widget=forms.CheckboxInput)
    rolstoel = django_filters.BooleanFilter(widget=forms.CheckboxInput)
    huisbezoek = django_filters.BooleanFilter(widget=forms.CheckboxInput)
    postcode = django_filters.CharFilter(label=gettext_lazy("Postcode"))
    afstand = django_filters.CharFilter(label=gettext_lazy("Afstand"))
    sortering = django_filters.CharFilter(label=gettext_lazy("Sorteren op"))

    class Meta:
        model = Service
        fields: list[str] = []

    def __init__(self, data=None, *, choices: dict[str, list[tuple[str, str]]], **kwargs):
        super().__init__(data, queryset=Service.objects.none(), **kwargs)
        for param, options in choices.items():
            self.filters[param].extra["choices"] = options
        self._choices_key = (
            translation.get_language(),
            tuple((param, tuple(options)) for param, options in choices.items()),
        )

    def get_form_class(self):
        # One form class per set of choices (a site's terms in one language) instead of one
        # per request: building its thirteen fields and the class was a tenth of a search's
        # time. A form instance copies the class's fields, so sharing the class is safe.
        form_class = _FORM_CLASSES.get(self._choices_key)
        if form_class is None:
            if len(_FORM_CLASSES) >= _FORM_CLASSES_MAX:
                _FORM_CLASSES.clear()  # terms were edited many times: start again
            form_class = _FORM_CLASSES[self._choices_key] = super().get_form_class()
        return form_class

    def criteria(self) -> tuple[Criteria, list[str]]:
        """The valid search criteria, and a message for each part that was left out."""
        form = self.form
        form.is_valid()
        data, notices = form.cleaned_data, []
        raw = self.data
        text = " ".join((raw.get("q") or "").split())
        if len(text) > MAX_QUERY_LENGTH:
            notices.append(
                _("Uw zoekvraag is lang. We zochten op de eerste %(count)d tekens.")
                % {"count": MAX_QUERY_LENGTH}
            )
            text = text[:MAX_QUERY_LENGTH]
        facets = {}
        for param in FACET_PARAMS:
            values = tuple(data.get(param) or ())
            if len(set(raw.getlist(param)) - set(values) - {""}):
                notices.append(
                    _("Een keuze bij %(filter)s bestaat niet. We hebben die weggelaten.")
                    % {"filter": self.filters[param].label}
                )
            if values:
                facets[param] = values
        flags = tuple(p for p in FLAG_PARAMS if data.get(p))
        radius = self._radius(raw.get("afstand"), notices)
        sort = (raw.get("sortering") or SORT_RELEVANCE).strip()
        if sort not in dict(SORT_CHOICES):
            notices.append(_("Die sortering kennen we niet. We sorteren op beste match."))
            sort = SORT_RELEVANCE
        postcode = " ".join((raw.get("postcode") or "").split())[:10]
        return Criteria(text, facets, flags, postcode, radius, sort), notices

    @staticmethod
    def _radius(raw: str | None, notices: list[str]) -> int:
        if not raw:
            return DEFAULT_RADIUS
        try:
            value = int(raw)
        except ValueError:
            value = -1
        if value not in RADIUS_CHOICES:
            notices.append(
                _("Kies een afstand uit de lijst. We zoeken nu binnen %(km)d km.")
                % {"km": DEFAULT_RADIUS}
            )
            return DEFAULT_RADIUS
        return value
