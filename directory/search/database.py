"""Search on the database (SQLite or PostgreSQL) with the ORM: the embedded default backend."""

from collections.abc import Iterable

from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When

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
from directory.search.small import SMALL_FIELDS, small_set_search
from directory.search.text import query_terms

Covered = Service.covered_municipalities.through
ServiceLocation = Service.locations.through
PUBLIC_STATUSES = (ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED)


def public_services() -> QuerySet[Service]:
    """Published services that have not ended."""
    return Service.objects.filter(live=True, status__in=PUBLIC_STATUSES)


def _distances(query: SearchQuery) -> dict[int, float]:
    """Distance from the query point to the nearest location of each service in the circle."""
    assert query.near is not None
    box = bounding_box(query.near, query.radius_km)
    rows = ServiceLocation.objects.filter(
        location__latitude__range=(box.min_latitude, box.max_latitude),
        location__longitude__range=(box.min_longitude, box.max_longitude),
    ).values_list("service_id", "location__latitude", "location__longitude")
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

    def _filters(self, query: SearchQuery, near_ids: Iterable[int] | None) -> dict[str, Q]:
        """One Q per part of the query, so facet counts can leave out their own group."""
        parts: dict[str, Q] = {}
        if query.scope:
            parts["scope"] = Q(
                Exists(
                    Covered.objects.filter(
                        service_id=OuterRef("pk"), municipality__code__in=query.scope
                    )
                )
            )
        for term in query_terms(query.text):
            parts[f"text:{term}"] = Q(search_text__contains=f" {term}")
        if near_ids is not None:
            parts["near"] = Q(pk__in=list(near_ids))
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
        def counts(rows) -> dict[str, int]:
            return {key: n for key, n in rows if key is not None}

        lines = self._apply(parts, without="support_lines")
        domains = self._apply(parts, without="life_domains")
        groups = self._apply(parts, without="target_groups")
        places = self._apply(parts, without="municipalities")
        langs = self._apply(parts, without="languages")
        place_rows = Covered.objects.filter(service__in=places)
        if query.scope:
            place_rows = place_rows.filter(municipality__code__in=query.scope)
        return {
            "support_lines": counts(
                lines.values_list("support_line__slug").annotate(n=Count("pk")).order_by()
            ),
            "life_domains": counts(
                Service.life_domains.through.objects.filter(service__in=domains)
                .values_list("lifedomain__slug")
                .annotate(n=Count("service_id"))
                .order_by()
            ),
            "target_groups": counts(
                Service.target_groups.through.objects.filter(service__in=groups)
                .values_list("targetgroup__slug")
                .annotate(n=Count("service_id"))
                .order_by()
            ),
            "municipalities": counts(
                place_rows.values_list("municipality__code")
                .annotate(n=Count("service_id"))
                .order_by()
            ),
            "languages": counts(
                Service.languages.through.objects.filter(service__in=langs)
                .values_list("language__slug")
                .annotate(n=Count("service_id"))
                .order_by()
            ),
        }

    @staticmethod
    def _flags(qs: QuerySet[Service]) -> dict[str, int]:
        wheelchair = Exists(
            ServiceLocation.objects.filter(
                service_id=OuterRef("pk"), location__wheelchair_access=True
            )
        )
        return qs.aggregate(
            free=Count("pk", filter=Q(is_free=True)),
            no_referral=Count("pk", filter=Q(referral_required=False)),
            wheelchair=Count("pk", filter=Q(wheelchair)),
            home_visit=Count("pk", filter=Q(offers_home_visit=True)),
        )

    def search(self, query: SearchQuery) -> SearchResult:
        distances = _distances(query) if query.near is not None else {}
        parts = self._filters(query, distances.keys() if query.near is not None else None)
        if self.small_set_max:
            # Most searches (text, a postcode) leave few candidates; then one query for them
            # and one per facet group, counted in Python, beats compiling a dozen subqueries.
            base = self._apply({k: v for k, v in parts.items() if k not in FACET_GROUPS})
            rows = list(base.values_list(*SMALL_FIELDS)[: self.small_set_max + 1])
            if len(rows) <= self.small_set_max:
                return small_set_search(query, rows, distances, backend=self.name)
        qs = self._apply(parts)
        window = slice(query.offset, query.offset + query.limit)
        if query.sort == SORT_DISTANCE and query.near is not None:
            matching = list(qs.values_list("pk", "name"))
            matching.sort(key=lambda row: (distances.get(row[0], float("inf")), row[1], row[0]))
            total, ids = len(matching), [pk for pk, _ in matching[window]]
        else:
            total = qs.count()
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
            flags=self._flags(qs),
            backend=self.name,
            distances_km={pk: round(distances[pk], 1) for pk in ids if pk in distances},
        )

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
