"""The Kennisbank finder's filters, as a django-filter FilterSet; all state lives in the URL."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from home.models import Audience, PublicationKind, PublicationPage, Publisher, Theme

SORT_CHOICES = [
    ("nieuwste", _("Nieuwste eerst")),
    ("relevantie", _("Best passend bij uw zoekwoorden")),
    ("titel", _("Titel (A-Z)")),
]
MIN_YEAR, MAX_YEAR = 1990, 2100


class YearInput(forms.NumberInput):
    def __init__(self):
        super().__init__(attrs={"min": MIN_YEAR, "max": MAX_YEAR, "inputmode": "numeric"})


class PublicationFilterForm(forms.Form):
    """Checks what single fields cannot: a year range must not run backwards."""

    def clean(self):
        data = super().clean()
        start, end = data.get("van"), data.get("tot")
        if start is not None and end is not None and start > end:
            self.add_error("tot", _("Het eindjaar ligt vóór het beginjaar."))
        return data


class PublicationFilter(django_filters.FilterSet):
    """Facets (kind, audience, theme, publisher), a year range and hiding outdated items."""

    soort = django_filters.ModelMultipleChoiceFilter(
        field_name="kind__slug",
        to_field_name="slug",
        queryset=PublicationKind.objects.all(),
        label=_("Soort"),
        widget=forms.CheckboxSelectMultiple,
    )
    doelgroep = django_filters.ModelMultipleChoiceFilter(
        field_name="audiences__slug",
        to_field_name="slug",
        queryset=Audience.objects.all(),
        label=_("Voor wie"),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    thema = django_filters.ModelMultipleChoiceFilter(
        field_name="themes__slug",
        to_field_name="slug",
        queryset=Theme.objects.all(),
        label=_("Thema"),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    uitgever = django_filters.ModelMultipleChoiceFilter(
        field_name="publisher__slug",
        to_field_name="slug",
        queryset=Publisher.objects.all(),
        label=_("Uitgever"),
        widget=forms.CheckboxSelectMultiple,
    )
    jaar = django_filters.MultipleChoiceFilter(
        field_name="publication_date__year",
        label=_("Jaar"),
        widget=forms.CheckboxSelectMultiple,
        choices=[(str(year), str(year)) for year in range(MIN_YEAR, MAX_YEAR + 1)],
    )
    van = django_filters.NumberFilter(
        field_name="publication_date",
        lookup_expr="year__gte",
        label=_("Van jaar"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        widget=YearInput(),
    )
    tot = django_filters.NumberFilter(
        field_name="publication_date",
        lookup_expr="year__lte",
        label=_("Tot en met jaar"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        widget=YearInput(),
    )
    actueel = django_filters.BooleanFilter(
        method="filter_current",
        label=_("Verberg publicaties met verouderde regels"),
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = PublicationPage
        fields = []
        form = PublicationFilterForm

    # Facet parameters and the model field each one counts on.
    FACETS = {
        "soort": "kind__slug",
        "doelgroep": "audiences__slug",
        "thema": "themes__slug",
        "uitgever": "publisher__slug",
        "jaar": "year",
    }

    def filter_current(self, queryset, name, value):
        return queryset.filter(is_outdated=False) if value else queryset
