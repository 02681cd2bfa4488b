"""Search on Elasticsearch through elasticsearch.dsl; selected by ELASTICSEARCH_URL."""

import logging
from collections.abc import Iterable
from functools import cache

from django.conf import settings
from django.db.models import Prefetch
from elasticsearch import Elasticsearch, helpers
from elasticsearch.dsl import Search

from directory.geo import GeoPoint, haversine_km
from directory.models import Location, Service
from directory.search import queries
from directory.search.base import FLAGS, Progress, SearchQuery, SearchResult
from directory.search.database import public_services
from directory.search.documents import ServiceDocument, index_name

logger = logging.getLogger(__name__)
BATCH = 500


@cache
def client(url: str, timeout: float) -> Elasticsearch:
    """One client per URL; no retries, so a dead server costs at most `timeout` seconds."""
    return Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)


def document_for(service: Service) -> dict:
    """The indexed form of a service; expects the relations prefetched."""
    points = [
        {"lat": loc.latitude, "lon": loc.longitude}
        for loc in service.locations.all()
        if loc.latitude is not None
    ]
    return {
        "_id": service.pk,
        "name": service.name,
        "organisation": service.organisation.name,
        "short_description": service.short_description,
        "body": service.search_text,
        "support_line": service.support_line.slug,
        "support_line_order": service.support_line.sort_order,
        "life_domains": [t.slug for t in service.life_domains.all()],
        "target_groups": [t.slug for t in service.target_groups.all()],
        "municipalities": [m.code for m in service.covered_municipalities.all()],
        "languages": [t.slug for t in service.languages.all()],
        "is_free": service.is_free,
        "referral_required": service.referral_required,
        "wheelchair": any(loc.wheelchair_access for loc in service.locations.all()),
        "home_visit": service.offers_home_visit,
        "locations": points,
        "suggest": {"input": [service.name, service.organisation.name]},
    }


def services_for_index(ids: Iterable[int] | None = None):
    """Public services with everything document_for reads, in a fixed number of queries."""
    qs = (
        public_services()
        .select_related("organisation", "support_line")
        .prefetch_related(
            "life_domains",
            "target_groups",
            "languages",
            "covered_municipalities",
            Prefetch(
                "locations",
                queryset=Location.objects.only("latitude", "longitude", "wheelchair_access"),
            ),
        )
        .order_by("pk")
    )
    return qs.filter(pk__in=list(ids)) if ids is not None else qs


class ElasticsearchBackend:
    """Fuzzy Dutch text, aggregations with post_filter, geo_distance filter and sort."""

    name = "elasticsearch"

    def __init__(self, url: str, timeout: float):
        self.es = client(url, timeout)

    def search(self, query: SearchQuery) -> SearchResult:
        response = queries.build(Search(using=self.es, index=index_name()), query).execute()
        ids = tuple(int(hit.meta.id) for hit in response)
        aggs = response.aggregations
        facets = {
            group: {b.key: b.doc_count for b in aggs[group]["values"].buckets}
            for group in queries.FACET_FIELDS
        }
        flags = {flag: aggs.flags[flag].doc_count for flag in FLAGS}
        return SearchResult(
            ids=ids,
            total=response.hits.total.value,
            facets=facets,
            flags=flags,
            distances_km=self._distances(query, ids),
            backend=self.name,
        )

    @staticmethod
    def _distances(query: SearchQuery, ids: tuple[int, ...]) -> dict[int, float]:
        if query.near is None or not ids:
            return {}
        found: dict[int, float] = {}
        rows = Service.locations.through.objects.filter(service_id__in=ids).values_list(
            "service_id", "location__latitude", "location__longitude"
        )
        for pk, lat, lon in rows:
            if lat is not None:
                km = haversine_km(query.near, GeoPoint(lat, lon))
                found[pk] = round(min(km, found.get(pk, km)), 1)
        return found

    def ensure_index(self) -> None:
        if not self.es.indices.exists(index=index_name()):
            ServiceDocument.init(index=index_name(), using=self.es)

    def index(self, service_ids: Iterable[int]) -> None:
        ids = set(service_ids)
        self.ensure_index()
        services = list(services_for_index(ids))
        actions = [{"_index": index_name(), **document_for(s)} for s in services]
        if actions:
            helpers.bulk(self.es, actions, refresh=settings.DIRECTORY_ELASTICSEARCH_REFRESH)
        # What is no longer public leaves the index.
        self.unindex(ids - {s.pk for s in services})

    def unindex(self, service_ids: Iterable[int]) -> None:
        actions = [{"_op_type": "delete", "_index": index_name(), "_id": pk} for pk in service_ids]
        if actions:
            helpers.bulk(
                self.es,
                actions,
                raise_on_error=False,
                refresh=settings.DIRECTORY_ELASTICSEARCH_REFRESH,
            )

    def rebuild(self, *, progress: Progress | None = None) -> int:
        self.es.options(ignore_status=404).indices.delete(index=index_name())
        ServiceDocument.init(index=index_name(), using=self.es)
        qs = services_for_index()
        total, done = qs.count(), 0
        for start in range(0, total, BATCH):
            batch = list(qs[start : start + BATCH])
            helpers.bulk(self.es, [{"_index": index_name(), **document_for(s)} for s in batch])
            done += len(batch)
            if progress:
                progress(done, total)
        self.es.indices.refresh(index=index_name())
        return done
