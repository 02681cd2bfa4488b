"""Facet counts of the Kennisbank finder, each with every other filter applied."""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy
from steunwijzer.ops.cache import generation

from home.kennisbank.cache import finder_cached
from home.kennisbank.filters import PublicationFilter
from home.models import Audience, PublicationKind, PublicationPage, Publisher, Theme

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
    live: QuerySet,
    matching_ids: Callable[[], set[int]] | None,
) -> list[Facet]:
    """Every facet with its counts, from the cache when this state was counted before.

    `state` is the valid filter state (cache.filter_state); `live` the finder's live
    publications; `matching_ids` gives the ids that contain the search words, if any.
    """

    def build() -> dict[str, list[FacetOption]]:
        index = facet_index(kennisbank_pk=kennisbank_pk, base=live)
        matching = matching_ids() if matching_ids is not None else None
        counts = _count_all(index, matching=matching, state=state)
        return {name: _options(name, counts[name], state) for name in PublicationFilter.FACETS}

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


@dataclass(frozen=True)
class FacetIndex:
    """Which live publications of a finder have each facet value, as sets of ids."""

    publications: frozenset[int]
    by_value: dict[str, dict[str, frozenset[int]]]  # facet name -> value -> publication ids
    outdated: frozenset[int]


# Built once per finder and purge generation, and kept in the process: unpickling thousands of
# ids from the cache on every request would cost more than the counting it saves.
_INDEXES: dict[tuple[int, int], FacetIndex] = {}


def facet_index(*, kennisbank_pk: int, base: QuerySet) -> FacetIndex:
    """The finder's facet index, read in three queries once per purge generation."""
    key = (kennisbank_pk, generation())
    index = _INDEXES.get(key)
    if index is None:
        if len(_INDEXES) >= 16:
            _INDEXES.clear()  # older generations (or many finders): start again
        index = _INDEXES[key] = _build_index(base)
    return index


def _build_index(base: QuerySet) -> FacetIndex:
    by_value: dict[str, dict[str, set[int]]] = {name: defaultdict(set) for name in FACET_LEGENDS}
    outdated = set()
    rows = base.order_by().values_list(
        "pk", "kind__slug", "publisher__slug", "publication_date", "is_outdated"
    )
    publications = set()
    for pk, kind, publisher, date, is_outdated in rows:
        publications.add(pk)
        by_value["soort"][kind].add(pk)
        by_value["uitgever"][publisher].add(pk)
        by_value["jaar"][str(date.year)].add(pk)
        if is_outdated:
            outdated.add(pk)
    for name, relation in (("doelgroep", "audiences"), ("thema", "themes")):
        field = PublicationPage._meta.get_field(relation)
        through = field.remote_field.through.objects.filter(
            publicationpage__in=base.order_by().values("pk")
        )
        target = f"{field.m2m_reverse_field_name()}__slug"
        for pk, slug in through.values_list("publicationpage_id", target):
            by_value[name][slug].add(pk)
    return FacetIndex(
        frozenset(publications),
        {
            name: {v: frozenset(pks) for v, pks in values.items()}
            for name, values in by_value.items()
        },
        frozenset(outdated),
    )


def _count_all(index: FacetIndex, *, matching: set[int] | None, state: dict) -> dict[str, dict]:
    """Publications per value of every facet, each with every other filter applied (so you can
    widen a facet): the same rules as PublicationFilter, within a facet any chosen value, across
    filters all of them."""
    common = set(index.publications) if matching is None else index.publications & matching
    start, end = state.get("van"), state.get("tot")
    if start is not None or end is not None:
        years = [
            pks
            for year, pks in index.by_value["jaar"].items()
            if (start is None or int(year) >= start) and (end is None or int(year) <= end)
        ]
        common &= frozenset().union(*years)
    if state.get("actueel"):
        common -= index.outdated
    passing = {
        name: frozenset().union(*(index.by_value[name].get(v, ()) for v in state[name]))
        for name in FACET_LEGENDS
        if state.get(name)
    }
    counts = {}
    for name in FACET_LEGENDS:
        allowed = common
        for other, pks in passing.items():
            if other != name:
                allowed = allowed & pks
        counts[name] = {
            value: n for value, pks in index.by_value[name].items() if (n := len(pks & allowed))
        }
    return counts


def _options(name: str, counts: dict[str, int], state: dict) -> list[FacetOption]:
    selected = set(state[name])
    if name == "jaar":
        return [
            FacetOption(year, year, n, year in selected)
            for year, n in sorted(counts.items(), key=lambda item: int(item[0]), reverse=True)
        ]
    return [
        FacetOption(term.slug, term.label, counts.get(term.slug, 0), term.slug in selected)
        for term in TERM_MODELS[name].objects.all()
        if counts.get(term.slug) or term.slug in selected
    ]
