"""Facets and order for a small candidate set, counted in Python after a few flat queries.

Same results as the aggregate queries of DatabaseBackend (the contract suite runs both).
"""

from collections import Counter, defaultdict
from functools import cache

from django.db import connection

from directory.models import Location, Service
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
WHEELCHAIR = "wheelchair"
M2M = {
    "life_domains": (Service.life_domains.through, "lifedomain__slug"),
    "target_groups": (Service.target_groups.through, "targetgroup__slug"),
    "municipalities": (Service.covered_municipalities.through, "municipality__code"),
    "languages": (Service.languages.through, "language__slug"),
}


@cache
def _relation_selects() -> tuple[str, ...]:
    """One SELECT (service id, value, group) per relation, written from the models' metadata."""
    # Table and column names come from model metadata, every value is a query parameter.
    q = connection.ops.quote_name
    selects = []
    for through, field in M2M.values():
        fk_name, value_name = field.split("__")
        fk = through._meta.get_field(fk_name)
        target = fk.related_model._meta
        selects.append(
            f"SELECT t.{q('service_id')}, v.{q(target.get_field(value_name).column)}, %s "  # noqa: S608
            f"FROM {q(through._meta.db_table)} t "
            f"JOIN {q(target.db_table)} v ON v.{q(target.pk.column)} = t.{q(fk.column)} "
            f"WHERE t.{q('service_id')} IN ({{ids}})"
        )
    place = Location._meta
    through = Service.locations.through._meta
    selects.append(
        f"SELECT t.{q('service_id')}, '', %s FROM {q(through.db_table)} t "  # noqa: S608
        f"JOIN {q(place.db_table)} p ON p.{q(place.pk.column)} = t.{q('location_id')} "
        f"WHERE p.{q(place.get_field('wheelchair_access').column)} = %s "
        f"AND t.{q('service_id')} IN ({{ids}})"
    )
    return tuple(selects)


def _values(ids: list[int]) -> tuple[dict[str, dict[int, set[str]]], set[int]]:
    """Facet values per group and service, and the services with a wheelchair-accessible place.

    One UNION ALL query in plain SQL: building five ORM querysets with the same long id list
    cost several times more than SQLite needs to answer them (see bench/directory_search.py).
    """
    values: dict[str, dict[int, set[str]]] = {group: defaultdict(set) for group in M2M}
    wheelchair: set[int] = set()
    if not ids:
        return values, wheelchair
    marks = ", ".join(["%s"] * len(ids))
    selects = _relation_selects()
    sql = " UNION ALL ".join(select.format(ids=marks) for select in selects)
    params: list = []
    for group in M2M:
        params += [group, *ids]
    params += [WHEELCHAIR, True, *ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for service_id, value, group in cursor.fetchall():
            if group == WHEELCHAIR:
                wheelchair.add(service_id)
            else:
                values[group][service_id].add(value)
    return values, wheelchair


def small_set_search(
    query: SearchQuery, rows: list[tuple], distances: dict[int, float], *, backend: str
) -> SearchResult:
    """Facet counts, total and one ordered page for the candidates in `rows`."""
    ids = [row[0] for row in rows]
    values, wheelchair = _values(ids)
    values["support_lines"] = {row[0]: {row[1]} for row in rows}
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
