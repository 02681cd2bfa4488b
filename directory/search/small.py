"""Facets and order for a small candidate set, counted in Python after a few flat queries.

Same results as the aggregate queries of DatabaseBackend (the contract suite runs both).
"""

from collections import Counter, defaultdict
from functools import cache

from django.db import connection

from directory.geo import BoundingBox
from directory.models import Location, Municipality, Service, ServiceStatus, SupportLine
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
def _names() -> dict[str, str]:
    """Quoted table and column names of the candidates query, from the models' metadata."""
    q = connection.ops.quote_name

    def column(model, name: str) -> str:
        return q(model._meta.get_field(name).column)

    located = Service.locations.through
    covered = Service.covered_municipalities.through
    return {
        "service": q(Service._meta.db_table),
        "line": q(SupportLine._meta.db_table),
        "located": q(located._meta.db_table),
        "location": q(Location._meta.db_table),
        "covered": q(covered._meta.db_table),
        "municipality": q(Municipality._meta.db_table),
        "select": ", ".join(
            [
                f"s.{column(Service, 'id')}",
                f"l.{column(SupportLine, 'slug')}",
                f"l.{column(SupportLine, 'sort_order')}",
                *(f"s.{column(Service, name)}" for name in SMALL_FIELDS[3:]),
            ]
        ),
        "s.id": f"s.{column(Service, 'id')}",
        "s.support_line": f"s.{column(Service, 'support_line')}",
        "s.live": f"s.{column(Service, 'live')}",
        "s.status": f"s.{column(Service, 'status')}",
        "s.search_text": f"s.{column(Service, 'search_text')}",
        "s.is_free": f"s.{column(Service, 'is_free')}",
        "s.referral_required": f"s.{column(Service, 'referral_required')}",
        "s.offers_home_visit": f"s.{column(Service, 'offers_home_visit')}",
        "located.service": column(located, "service"),
        "located.location": column(located, "location"),
        "covered.service": column(covered, "service"),
        "covered.municipality": column(covered, "municipality"),
        "m.code": column(Municipality, "code"),
        "loc.latitude": column(Location, "latitude"),
        "loc.longitude": column(Location, "longitude"),
        "loc.wheelchair": column(Location, "wheelchair_access"),
        "l.pk": q(SupportLine._meta.pk.column),
        "loc.pk": q(Location._meta.pk.column),
        "m.pk": q(Municipality._meta.pk.column),
    }


def candidate_rows(query: SearchQuery, *, limit: int, box: BoundingBox | None) -> list[tuple]:
    """Up to `limit` rows (SMALL_FIELDS) of the public services that pass all but the facets.

    With `box`, one row per location inside it, with its latitude and longitude added. Plain
    SQL: the same query built with the ORM took twice as long to build as to run (issue 7).
    DatabaseBackend's aggregate path keeps the ORM's version; the contract suite compares both.
    """
    n = _names()
    joins = [f"JOIN {n['line']} l ON l.{n['l.pk']} = {n['s.support_line']}"]
    where = [f"{n['s.live']} = %s", f"{n['s.status']} <> %s"]
    params: list = [True, ServiceStatus.ENDED]
    if query.scope:
        marks = ", ".join(["%s"] * len(query.scope))
        where.append(
            f"{n['s.id']} IN (SELECT c.{n['covered.service']} FROM {n['covered']} c "  # noqa: S608
            f"JOIN {n['municipality']} m ON m.{n['m.pk']} = c.{n['covered.municipality']} "
            f"WHERE m.{n['m.code']} IN ({marks}))"
        )
        params += list(query.scope)
    contains = connection.operators["contains"]
    for term in query_terms(query.text):
        # As the ORM's `contains`: the term at the start of a word of the search text.
        where.append(f"{n['s.search_text']} {contains}")
        params.append(f"%{connection.ops.prep_for_like_query(' ' + term)}%")
    if query.free:
        where.append(f"{n['s.is_free']} = %s")
        params.append(True)
    if query.no_referral:
        where.append(f"{n['s.referral_required']} = %s")
        params.append(False)
    if query.home_visit:
        where.append(f"{n['s.offers_home_visit']} = %s")
        params.append(True)
    if query.wheelchair:
        where.append(
            f"EXISTS (SELECT 1 FROM {n['located']} w JOIN {n['location']} wl "  # noqa: S608
            f"ON wl.{n['loc.pk']} = w.{n['located.location']} "
            f"WHERE w.{n['located.service']} = {n['s.id']} AND wl.{n['loc.wheelchair']} = %s)"
        )
        params.append(True)
    select = n["select"]
    if box is not None:
        select += f", loc.{n['loc.latitude']}, loc.{n['loc.longitude']}"
        joins += [
            f"JOIN {n['located']} sl ON sl.{n['located.service']} = {n['s.id']}",
            f"JOIN {n['location']} loc ON loc.{n['loc.pk']} = sl.{n['located.location']}",
        ]
        where += [
            f"loc.{n['loc.latitude']} BETWEEN %s AND %s",
            f"loc.{n['loc.longitude']} BETWEEN %s AND %s",
        ]
        params += [box.min_latitude, box.max_latitude, box.min_longitude, box.max_longitude]
    sql = (
        f"SELECT {select} FROM {n['service']} s {' '.join(joins)} "  # noqa: S608 - names from metadata
        f"WHERE {' AND '.join(where)} LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit])
        return cursor.fetchall()


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
