"""Taxonomy labels: what a DirectoryPage's search form offers, and what one service is tagged with.

The terms and a page's municipalities change only when editors change them, so they are read
once and kept in the cache as plain values under the page cache's generation: publishing the
page, saving or deleting a term or a municipality (PAGE_CACHE_PURGE_MODELS) and loading
reference data start a new generation, and with it a new entry.
"""

from dataclasses import dataclass
from functools import cache

from django.db import connection
from steunwijzer.ops.cache import cached

from directory.models import DirectoryPage, Language, LifeDomain, Service, SupportLine, TargetGroup

TERM_MODELS = {"lijn": SupportLine, "thema": LifeDomain, "doelgroep": TargetGroup, "taal": Language}


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
    return cached(f"directory:terms:{page.pk}", lambda: _load_page_terms(page))


@dataclass(frozen=True)
class ServiceLabels:
    """The labels a detail page lists for one service, in the active language and their order."""

    life_domains: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()


# Group of ServiceLabels -> the service's relation; the terms have Dutch and English names.
_LABEL_RELATIONS = {
    "life_domains": "life_domains",
    "target_groups": "target_groups",
    "languages": "languages",
    "municipalities": "covered_municipalities",
}


@cache
def _labels_sql() -> str:
    """One SELECT (group, rank, Dutch, English) per relation, UNION ALL, in the pages' order.

    Written from model metadata; the service id and the group names are query parameters.
    Plain SQL, like directory.search.small: the same union built with the ORM took about
    2.5 ms of CPU per detail page, this about 0.3 ms.
    """
    q = connection.ops.quote_name
    selects = []
    for relation in _LABEL_RELATIONS.values():
        field = Service._meta.get_field(relation)
        through = field.remote_field.through._meta
        target = field.related_model._meta
        if target.model_name == "municipality":
            name = f"v.{q(target.get_field('name').column)}"
            rank, dutch, english = "0", name, name
        else:
            rank = f"v.{q(target.get_field('sort_order').column)}"
            dutch = f"v.{q(target.get_field('name_nl').column)}"
            english = f"v.{q(target.get_field('name_en').column)}"
        selects.append(
            f"SELECT %s, {rank}, {dutch}, {english} FROM {q(through.db_table)} t "  # noqa: S608
            f"JOIN {q(target.db_table)} v "
            f"ON v.{q(target.pk.column)} = t.{q(field.m2m_reverse_name())} "
            f"WHERE t.{q(field.m2m_column_name())} = %s"
        )
    # Terms in their editors' order (sort order, Dutch name), municipalities by name, sorted
    # by the database as the related managers did.
    return " UNION ALL ".join(selects) + " ORDER BY 1, 2, 3"


def service_labels(*, service_id: int, english: bool) -> ServiceLabels:
    """The terms and covered municipalities of a saved service, in one query."""
    params: list = []
    for group in _LABEL_RELATIONS:
        params += [group, service_id]
    found: dict[str, list[str]] = {group: [] for group in _LABEL_RELATIONS}
    with connection.cursor() as cursor:
        cursor.execute(_labels_sql(), params)
        for group, _rank, dutch, english_name in cursor.fetchall():
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
