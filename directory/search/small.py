"""Facets and order for a small candidate set, counted in Python after a few flat queries.

Same results as the aggregate queries of DatabaseBackend (the contract suite runs both).
"""

from collections import Counter, defaultdict

from directory.models import Service
from directory.search.base import SORT_DISTANCE, SORT_NAME, SearchQuery, SearchResult
from directory.search.text import query_terms

SMALL_FIELDS = (
    "pk",
    "support_line__slug",
    "support_line__sort_order",
    "name",
    "search_name",
    "is_free",
    "referral_required",
    "offers_home_visit",
)
M2M = {
    "life_domains": (Service.life_domains.through, "lifedomain__slug"),
    "target_groups": (Service.target_groups.through, "targetgroup__slug"),
    "municipalities": (Service.covered_municipalities.through, "municipality__code"),
    "languages": (Service.languages.through, "language__slug"),
}


def _values(ids: list[int]) -> dict[str, dict[int, set[str]]]:
    values: dict[str, dict[int, set[str]]] = {}
    for group, (through, field) in M2M.items():
        found: dict[int, set[str]] = defaultdict(set)
        for service_id, value in through.objects.filter(service_id__in=ids).values_list(
            "service_id", field
        ):
            found[service_id].add(value)
        values[group] = found
    return values


def small_set_search(
    query: SearchQuery, rows: list[tuple], distances: dict[int, float], *, backend: str
) -> SearchResult:
    """Facet counts, total and one ordered page for the candidates in `rows`."""
    ids = [row[0] for row in rows]
    values = _values(ids) if ids else {group: {} for group in M2M}
    values["support_lines"] = {row[0]: {row[1]} for row in rows}
    wheelchair = set(
        Service.locations.through.objects.filter(
            service_id__in=ids, location__wheelchair_access=True
        ).values_list("service_id", flat=True)
    )
    chosen = {g: set(query.facet_values(g)) for g in values if query.facet_values(g)}

    def matches(pk: int, without: str = "") -> bool:
        return all(
            g == without or values[g].get(pk, set()) & wanted for g, wanted in chosen.items()
        )

    facets: dict[str, dict[str, int]] = {}
    for group in ("support_lines", *M2M):
        counter: Counter[str] = Counter()
        for pk in ids:
            if matches(pk, without=group):
                counter.update(values[group].get(pk, ()))
        if group == "municipalities" and query.scope:
            counter = Counter({k: n for k, n in counter.items() if k in query.scope})
        facets[group] = dict(counter)
    matching = [row for row in rows if matches(row[0])]
    flags = {
        "free": sum(1 for r in matching if r[5]),
        "no_referral": sum(1 for r in matching if not r[6]),
        "wheelchair": sum(1 for r in matching if r[0] in wheelchair),
        "home_visit": sum(1 for r in matching if r[7]),
    }
    matching.sort(key=_order(query, distances))
    page = [r[0] for r in matching[query.offset : query.offset + query.limit]]
    return SearchResult(
        ids=tuple(page),
        total=len(matching),
        facets=facets,
        flags=flags,
        backend=backend,
        distances_km={pk: round(distances[pk], 1) for pk in page if pk in distances},
    )


def _order(query: SearchQuery, distances: dict[int, float]):
    if query.sort == SORT_DISTANCE and query.near is not None:
        return lambda r: (distances.get(r[0], float("inf")), r[3], r[0])
    if query.sort == SORT_NAME:
        return lambda r: (r[3], r[0])
    terms = [f" {t}" for t in query_terms(query.text)]
    return lambda r: (-3 * sum(1 for t in terms if t in r[4]), r[2], r[3], r[0])
