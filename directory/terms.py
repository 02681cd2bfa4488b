"""Taxonomy labels: what a DirectoryPage's search form offers, and what one service is tagged with.

The terms and a page's municipalities change only when editors change them, so they are read
once and kept in the cache as plain values under the page cache's generation: publishing the
page, saving or deleting a term or a municipality (directory.signals) and loading reference data
start a new generation, and with it a new entry.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db.models import CharField, F, IntegerField, Value
from steunwijzer.ops.cache import generation

from directory.models import DirectoryPage, Language, LifeDomain, Service, SupportLine, TargetGroup

TERM_MODELS = {"lijn": SupportLine, "thema": LifeDomain, "doelgroep": TargetGroup, "taal": Language}
# A stale entry can only outlive a purge when the cache is per process (local memory with
# several workers); this bounds how long, as for the site chrome.
PAGE_TERMS_CACHE_SECONDS = 300


@dataclass(frozen=True)
class PageTerms:
    """The terms per facet parameter and the municipalities of one DirectoryPage."""

    # Facet parameter -> (slug, Dutch name, English name), in the terms' own order.
    terms: dict[str, tuple[tuple[str, str, str], ...]]
    # (CBS code, name) of the page's municipalities, by name; empty means all of them.
    places: tuple[tuple[str, str], ...]

    def choices(self, *, english: bool) -> dict[str, list[tuple[str, str]]]:
        """Allowed values per facet parameter with their labels, as the FilterSet takes them."""
        choices = {
            param: [(slug, en if english and en else nl) for slug, nl, en in rows]
            for param, rows in self.terms.items()
        }
        choices["gemeente"] = list(self.places)
        return choices

    @property
    def scope(self) -> tuple[str, ...]:
        """CBS codes of the page's municipalities, sorted; empty means all."""
        return tuple(sorted(code for code, _name in self.places))


def _load_page_terms(page: DirectoryPage) -> PageTerms:
    terms = {
        param: tuple(model.objects.values_list("slug", "name_nl", "name_en"))
        for param, model in TERM_MODELS.items()
    }
    places = tuple(page.municipalities.values_list("code", "name")) if page.pk else ()
    return PageTerms(terms, places)


def page_terms(*, page: DirectoryPage, request=None) -> PageTerms:
    """The terms and municipalities of this page; from the cache unless it is a preview."""
    # A preview shows the draft's municipalities, which must neither use nor fill the entry
    # of the live page.
    if not page.pk or getattr(request, "is_preview", False):
        return _load_page_terms(page)
    cache = caches[settings.PAGE_CACHE_ALIAS]
    key = f"directory:terms:{generation()}:{page.pk}"
    found = cache.get(key)
    if found is None:
        found = _load_page_terms(page)
        cache.set(key, found, PAGE_TERMS_CACHE_SECONDS)
    return found


@dataclass(frozen=True)
class ServiceLabels:
    """The labels a detail page lists for one service, in the active language and their order."""

    life_domains: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()


_LABEL_RELATIONS = {
    "life_domains": "lifedomain",
    "target_groups": "targetgroup",
    "languages": "language",
}


def service_labels(*, service_id: int, english: bool) -> ServiceLabels:
    """The terms and covered municipalities of a saved service, in one UNION ALL query."""
    text = CharField()

    def rows(through, group: str, order, dutch, english_name):
        return (
            through.objects.filter(service_id=service_id)
            .order_by()
            .annotate(group=Value(group, output_field=text), rank=order, nl=dutch, en=english_name)
            .values_list("group", "rank", "nl", "en")
        )

    parts = [
        rows(
            getattr(Service, group).through,
            group,
            F(f"{target}__sort_order"),
            F(f"{target}__name_nl"),
            F(f"{target}__name_en"),
        )
        for group, target in _LABEL_RELATIONS.items()
    ]
    places = F("municipality__name")
    parts.append(
        rows(
            Service.covered_municipalities.through,
            "municipalities",
            Value(0, output_field=IntegerField()),
            places,
            places,
        )
    )
    # Terms in their editors' order (sort order, Dutch name), municipalities by name, sorted by
    # the database as the related managers did.
    found: dict[str, list[str]] = {group: [] for group in ServiceLabels.__dataclass_fields__}
    for group, _rank, dutch, english_name in (
        parts[0].union(*parts[1:], all=True).order_by("group", "rank", "nl")
    ):
        found[group].append(english_name if english and english_name else dutch)
    return ServiceLabels(**{group: tuple(labels) for group, labels in found.items()})


def labels_from_relations(service: Service) -> ServiceLabels:
    """The same labels through the service's relations: a preview keeps the draft's terms there."""
    return ServiceLabels(
        life_domains=tuple(t.label for t in service.life_domains.all()),
        target_groups=tuple(t.label for t in service.target_groups.all()),
        languages=tuple(t.label for t in service.languages.all()),
        municipalities=tuple(m.name for m in service.covered_municipalities.all()),
    )
