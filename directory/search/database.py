"""Search on the database (SQLite or PostgreSQL) with the ORM: the embedded default backend."""

import json
from collections.abc import Iterable

from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import RawSQL

from directory.geo import GeoPoint, bounding_box, haversine_km
from directory.models import Service, ServiceStatus
from directory.search.base import (
    FACET_GROUPS,
    SORT_DISTANCE,
    SORT_NAME,
    Progress,
    SearchQuery,
    SearchResult,
)
from directory.search.small import candidate_rows, small_set_search
from directory.search.text import query_terms

Covered = Service.covered_municipalities.through
ServiceLocation = Service.locations.through
# Facet group -> the through table of its terms and the path to a term's slug.
_TERM_RELATIONS = {
    "life_domains": (Service.life_domains.through, "lifedomain__slug"),
    "target_groups": (Service.target_groups.through, "targetgroup__slug"),
    "languages": (Service.languages.through, "language__slug"),
}


def _id_list(ids: Iterable[int]) -> list[int] | RawSQL:
    """The ids for an IN filter, as one parameter when the database can take it.

    Near a postcode every later query carries the ids found in the circle, thousands in a large
    area; Django builds each as its own parameter, which cost more than the queries. SQLite
    reads one JSON array, PostgreSQL one array.
    """
    ids = [int(pk) for pk in ids]
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", (ids,))
    return ids


def public_services() -> QuerySet[Service]:
    """Published services that have not ended."""
    # "Not ended" rather than "status in (active, temporarily closed)": the same rows, but
    # SQLite would otherwise walk the status index (nearly every row) instead of the far more
    # selective site scope or postcode box.
    return Service.objects.filter(live=True).exclude(status=ServiceStatus.ENDED)


def _distances(query: SearchQuery) -> dict[int, float]:
    """Distance from the query point to the nearest location of each service in the circle."""
    assert query.near is not None
    box = bounding_box(query.near, query.radius_km)
    rows = ServiceLocation.objects.filter(
        location__latitude__range=(box.min_latitude, box.max_latitude),
        location__longitude__range=(box.min_longitude, box.max_longitude),
    )
    if query.scope:
        # Only services of the site's area can be found; the others would only lengthen the
        # list of ids every later query carries (27,000 instead of 5,700 for 50 km around
        # Utrecht with 100,000 services in the country).
        rows = rows.filter(
            service_id__in=Covered.objects.filter(municipality__code__in=query.scope).values(
                "service_id"
            )
        )
    rows = rows.values_list("service_id", "location__latitude", "location__longitude")
    found: dict[int, float] = {}
    for service_id, lat, lon in rows:
        km = haversine_km(query.near, GeoPoint(lat, lon))
        if km <= query.radius_km and km < found.get(service_id, float("inf")):
            found[service_id] = km
    return found


class DatabaseBackend:
    """Text by stemmed prefix matching, facets by aggregates, distance by haversine."""

    name = "database"
    # Up to this many candidates, facets are counted in Python (see directory.search.small).
    small_set_max = 3000

    def __init__(self, small_set_max: int | None = None):
        if small_set_max is not None:
            self.small_set_max = small_set_max

    def _filters(
        self, query: SearchQuery, near_ids: Iterable[int] | None, *, facets: bool = True
    ) -> dict[str, Q]:
        """One Q per part of the query, so facet counts can leave out their own group."""
        parts: dict[str, Q] = {}
        if query.scope:
            # IN (subquery), not EXISTS: the site's few municipalities then drive the query
            # through the indexed through table instead of a scan of every service.
            parts["scope"] = Q(
                pk__in=Covered.objects.filter(municipality__code__in=query.scope).values(
                    "service_id"
                )
            )
        for term in query_terms(query.text):
            parts[f"text:{term}"] = Q(search_text__contains=f" {term}")
        if near_ids is not None:
            parts["near"] = Q(pk__in=_id_list(near_ids))
        parts.update(self._flag_filters(query))
        if facets:
            parts.update(self._facet_filters(query))
        return parts

    @staticmethod
    def _facet_filters(query: SearchQuery) -> dict[str, Q]:
        parts: dict[str, Q] = {}
        if query.support_lines:
            parts["support_lines"] = Q(support_line__slug__in=query.support_lines)
        if query.life_domains:
            parts["life_domains"] = Q(
                Exists(
                    Service.life_domains.through.objects.filter(
                        service_id=OuterRef("pk"), lifedomain__slug__in=query.life_domains
                    )
                )
            )
        if query.target_groups:
            parts["target_groups"] = Q(
                Exists(
                    Service.target_groups.through.objects.filter(
                        service_id=OuterRef("pk"), targetgroup__slug__in=query.target_groups
                    )
                )
            )
        if query.municipalities:
            parts["municipalities"] = Q(
                Exists(
                    Covered.objects.filter(
                        service_id=OuterRef("pk"), municipality__code__in=query.municipalities
                    )
                )
            )
        if query.languages:
            parts["languages"] = Q(
                Exists(
                    Service.languages.through.objects.filter(
                        service_id=OuterRef("pk"), language__slug__in=query.languages
                    )
                )
            )
        return parts

    @staticmethod
    def _flag_filters(query: SearchQuery) -> dict[str, Q]:
        parts: dict[str, Q] = {}
        if query.free:
            parts["free"] = Q(is_free=True)
        if query.no_referral:
            parts["no_referral"] = Q(referral_required=False)
        if query.wheelchair:
            parts["wheelchair"] = Q(
                Exists(
                    ServiceLocation.objects.filter(
                        service_id=OuterRef("pk"), location__wheelchair_access=True
                    )
                )
            )
        if query.home_visit:
            parts["home_visit"] = Q(offers_home_visit=True)
        return parts

    @staticmethod
    def _apply(parts: dict[str, Q], *, without: str = "") -> QuerySet[Service]:
        qs = public_services()
        for key, q in parts.items():
            if key != without:
                qs = qs.filter(q)
        return qs

    def _facets(self, query: SearchQuery, parts: dict[str, Q]) -> dict[str, dict[str, int]]:
        """Counts per value of every facet group, each leaving out its own group's filter.

        One UNION ALL of five GROUP BY queries: one round trip instead of five.
        """
        text = CharField()

        def grouped(rows: QuerySet, group: str, value: str, counted: str) -> QuerySet:
            return (
                rows.values(value)
                .annotate(n=Count(counted), group=Value(group, output_field=text))
                .values_list("group", value, "n")
                .order_by()
            )

        lines = self._apply(parts, without="support_lines")
        places = Covered.objects.filter(service__in=self._apply(parts, without="municipalities"))
        if query.scope:
            places = places.filter(municipality__code__in=query.scope)
        counts = [
            grouped(lines, "support_lines", "support_line__slug", "pk"),
            *(
                grouped(
                    through.objects.filter(service__in=self._apply(parts, without=group)),
                    group,
                    value,
                    "service_id",
                )
                for group, (through, value) in _TERM_RELATIONS.items()
            ),
            grouped(places, "municipalities", "municipality__code", "service_id"),
        ]
        facets: dict[str, dict[str, int]] = {group: {} for group in FACET_GROUPS}
        for group, key, n in counts[0].union(*counts[1:], all=True):
            if key is not None:
                facets[group][key] = n
        return facets

    @staticmethod
    def _total_and_flags(qs: QuerySet[Service]) -> tuple[int, dict[str, int]]:
        wheelchair = Exists(
            ServiceLocation.objects.filter(
                service_id=OuterRef("pk"), location__wheelchair_access=True
            )
        )
        found = qs.aggregate(
            total=Count("pk"),
            free=Count("pk", filter=Q(is_free=True)),
            no_referral=Count("pk", filter=Q(referral_required=False)),
            wheelchair=Count("pk", filter=Q(wheelchair)),
            home_visit=Count("pk", filter=Q(offers_home_visit=True)),
        )
        return found.pop("total"), found

    def search(self, query: SearchQuery) -> SearchResult:
        if self.small_set_max:
            # Most searches (text, a postcode) leave few candidates; then one query for them
            # and one for their facet values, counted in Python, beats a dozen aggregates.
            found = self._candidates(query)
            if found is not None:
                rows, distances = found
                return small_set_search(query, rows, distances, backend=self.name)
        distances = _distances(query) if query.near is not None else {}
        parts = self._filters(query, distances.keys() if query.near is not None else None)
        qs = self._apply(parts)
        window = slice(query.offset, query.offset + query.limit)
        # The count comes with the flags' counts, in one aggregate.
        total, flags = self._total_and_flags(qs)
        if query.sort == SORT_DISTANCE and query.near is not None:
            matching = list(qs.values_list("pk", "name"))
            matching.sort(key=lambda row: (distances.get(row[0], float("inf")), row[1], row[0]))
            total, ids = len(matching), [pk for pk, _ in matching[window]]
        else:
            ordered = qs.annotate(score=self._score(query)).order_by(
                *(
                    ["name", "pk"]
                    if query.sort == SORT_NAME
                    else ["-score", "support_line__sort_order", "name", "pk"]
                )
            )
            ids = list(ordered.values_list("pk", flat=True)[window])
        return SearchResult(
            ids=tuple(ids),
            total=total,
            facets=self._facets(query, parts),
            flags=flags,
            backend=self.name,
            distances_km={pk: round(distances[pk], 1) for pk in ids if pk in distances},
        )

    def _candidates(self, query: SearchQuery) -> tuple[list[tuple], dict[int, float]] | None:
        """Rows of the services that pass everything but the facets, or None when too many.

        Near a postcode, one query walks the locations inside the bounding box (indexed) with
        the other conditions on their services, so only those get a distance in Python.
        """
        if query.near is None:
            rows = candidate_rows(query, limit=self.small_set_max + 1, box=None)
            return (rows, {}) if len(rows) <= self.small_set_max else None
        # A service can have several locations in the box: one row each, the nearest counts.
        located = candidate_rows(
            query,
            limit=2 * self.small_set_max + 1,
            box=bounding_box(query.near, query.radius_km),
        )
        if len(located) > 2 * self.small_set_max:
            return None
        near, radius = query.near, query.radius_km
        distances: dict[int, float] = {}
        rows: dict[int, tuple] = {}
        for row in located:
            km = haversine_km(near, GeoPoint(row[-2], row[-1]))
            pk = row[0]
            if km <= radius and km < distances.get(pk, float("inf")):
                distances[pk], rows[pk] = km, row[:-2]
        if len(rows) > self.small_set_max:
            return None
        return list(rows.values()), distances

    @staticmethod
    def _score(query: SearchQuery):
        score = Value(0, output_field=IntegerField())
        for term in query_terms(query.text):
            score = score + Case(
                When(search_name__contains=f" {term}", then=Value(3)),
                default=Value(0),
                output_field=IntegerField(),
            )
        return score

    # The search text lives on the service row itself, so there is nothing else to index.
    def index(self, service_ids: Iterable[int]) -> None:
        return None

    def unindex(self, service_ids: Iterable[int]) -> None:
        return None

    def rebuild(self, *, progress: Progress | None = None) -> int:
        """Recompute the stored search text, e.g. after the stemmer changed."""
        total = Service.objects.count()
        done = 0
        for start in range(0, total, 1000):
            batch = list(
                Service.objects.select_related("organisation").order_by("pk")[start : start + 1000]
            )
            for service in batch:
                service.refresh_search_text()
            Service.objects.bulk_update(batch, ["search_name", "search_text"])
            done += len(batch)
            if progress:
                progress(done, total)
        return done
