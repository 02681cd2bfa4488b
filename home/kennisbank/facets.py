"""Facet counts of the Kennisbank finder, each with every other filter applied."""

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy

from home.kennisbank.cache import finder_cached
from home.kennisbank.filters import PublicationFilter
from home.models import Audience, PublicationKind, Publisher, Theme

TERM_MODELS = {
    "soort": PublicationKind,
    "doelgroep": Audience,
    "thema": Theme,
    "uitgever": Publisher,
}
FACET_LEGENDS = {
    "soort": gettext_lazy("Soort"),
    "doelgroep": gettext_lazy("Voor wie"),
    "thema": gettext_lazy("Thema"),
    "uitgever": gettext_lazy("Uitgever"),
    "jaar": gettext_lazy("Jaar"),
}


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    legend: str
    options: list[FacetOption]


def publication_facets(
    *,
    kennisbank_pk: int,
    words: list[str],
    state: dict,
    filterset: PublicationFilter,
    base: QuerySet,
) -> list[Facet]:
    """Every facet with its counts, from the cache when this state was counted before.

    `filterset` must be valid and `state` its filter_state; `base` is what it filters (the live
    publications, narrowed to the search words).
    """

    def build() -> dict[str, list[FacetOption]]:
        return {
            name: _count(name, filterset=filterset, base=base, selected=set(state[name]))
            for name in PublicationFilter.FACETS
        }

    options = finder_cached(
        "facets", kennisbank_pk=kennisbank_pk, words=words, state=state, build=build
    )
    return [Facet(name, FACET_LEGENDS[name], options[name]) for name in PublicationFilter.FACETS]


def facets_total(facets: list[Facet]) -> int:
    """How many publications the filters let through, read from the kind facet.

    Every publication has exactly one kind, and the kind facet counts with every other filter
    applied: the total is the sum over the chosen kinds, or over all kinds when none is chosen.
    """
    kinds = next(facet for facet in facets if facet.name == "soort")
    chosen = [option for option in kinds.options if option.selected]
    return sum(option.count for option in chosen or kinds.options)


def _count(
    name: str, *, filterset: PublicationFilter, base: QuerySet, selected: set[str]
) -> list[FacetOption]:
    """Counts per value, with every filter applied except this facet's own (so you can widen).

    Reuses the validated filterset's filters instead of building a FilterSet per facet: forms
    and choice validation cost more than the count queries themselves.
    """
    queryset = base
    for other, value in filterset.form.cleaned_data.items():
        if other != name:
            queryset = filterset.filters[other].filter(queryset, value)
    queryset = queryset.order_by()
    if name == "jaar":
        # Grouped by date and summed per year here: SQLite's year extraction is a Python
        # function called once per row, which costs more than the whole count.
        per_year: dict[int, int] = {}
        for date, n in queryset.values_list("publication_date").annotate(
            n=Count("pk", distinct=True)
        ):
            per_year[date.year] = per_year.get(date.year, 0) + n
        return [
            FacetOption(str(year), str(year), n, str(year) in selected)
            for year, n in sorted(per_year.items(), reverse=True)
        ]
    field_name = PublicationFilter.FACETS[name]
    counts = dict(queryset.values_list(field_name).annotate(n=Count("pk", distinct=True)))
    return [
        FacetOption(term.slug, term.label, counts.get(term.slug, 0), term.slug in selected)
        for term in TERM_MODELS[name].objects.all()
        if counts.get(term.slug) or term.slug in selected
    ]
