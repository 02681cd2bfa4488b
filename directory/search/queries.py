"""Small composable builders of the Elasticsearch query; unit-tested through to_dict()."""

from elasticsearch.dsl import A, Q, Search

from directory.search.base import FACET_GROUPS, SORT_DISTANCE, SORT_NAME, SearchQuery
from directory.search.text import query_terms

# Facet group of the query -> field of the document.
FACET_FIELDS = {
    "support_lines": "support_line",
    "life_domains": "life_domains",
    "target_groups": "target_groups",
    "municipalities": "municipalities",
    "languages": "languages",
}
FLAG_FILTERS = {
    "free": Q("term", is_free=True),
    "no_referral": Q("term", referral_required=False),
    "wheelchair": Q("term", wheelchair=True),
    "home_visit": Q("term", home_visit=True),
}
TEXT_FIELDS = ["name^3", "organisation^2", "short_description", "body"]
MAX_FACET_VALUES = 400


def filter_by_text(search: Search, text: str) -> Search:
    """Fuzzy match of all words, the name weighing most."""
    if not query_terms(text):
        # Only punctuation or stop words: the same as an empty query on every backend.
        return search
    return search.query(
        "multi_match",
        query=text,
        fields=TEXT_FIELDS,
        fuzziness="AUTO",
        prefix_length=1,
        operator="and",
    )


def filter_by_scope(search: Search, scope: tuple[str, ...]) -> Search:
    """Only services that work in one of the site's municipalities."""
    return search.filter("terms", municipalities=list(scope)) if scope else search


def filter_by_near(search: Search, query: SearchQuery) -> Search:
    """Only services with a location inside the circle."""
    if query.near is None:
        return search
    return search.filter(
        "geo_distance",
        distance=f"{query.radius_km}km",
        locations={"lat": query.near.latitude, "lon": query.near.longitude},
    )


def filter_by_flags(search: Search, query: SearchQuery) -> Search:
    """Yes/no filters narrow the results and their counts alike."""
    for flag in query.active_flags():
        search = search.filter(FLAG_FILTERS[flag])
    return search


def facet_filters(query: SearchQuery) -> dict[str, Q]:
    """One filter per facet group the resident ticked something in."""
    return {
        group: Q("terms", **{FACET_FIELDS[group]: list(query.facet_values(group))})
        for group in FACET_GROUPS
        if query.facet_values(group)
    }


def with_facets(search: Search, query: SearchQuery) -> Search:
    """Facet filters as post_filter; each group's counts ignore the group's own selection."""
    filters = facet_filters(query)
    if filters:
        search = search.post_filter(Q("bool", filter=list(filters.values())))
    for group, fieldname in FACET_FIELDS.items():
        others = [f for g, f in filters.items() if g != group]
        agg = A("filter", Q("bool", filter=others))
        agg.bucket("values", "terms", field=fieldname, size=MAX_FACET_VALUES)
        search.aggs.bucket(group, agg)
    flags = A("filter", Q("bool", filter=list(filters.values())))
    for flag, flag_filter in FLAG_FILTERS.items():
        flags.bucket(flag, "filter", flag_filter)
    search.aggs.bucket("flags", flags)
    return search


def sort_by(search: Search, query: SearchQuery) -> Search:
    """Distance, name, or relevance with informal help first among equals."""
    if query.sort == SORT_DISTANCE and query.near is not None:
        return search.sort(
            {
                "_geo_distance": {
                    "locations": {"lat": query.near.latitude, "lon": query.near.longitude},
                    "order": "asc",
                    "unit": "km",
                    "mode": "min",
                }
            },
            "name.sort",
        )
    if query.sort == SORT_NAME:
        return search.sort("name.sort", "_id")
    return search.sort("_score", "support_line_order", "name.sort")


def build(search: Search, query: SearchQuery) -> Search:
    """The whole query for one page of results."""
    search = filter_by_text(search, query.text)
    search = filter_by_scope(search, query.scope)
    search = filter_by_near(search, query)
    search = filter_by_flags(search, query)
    search = with_facets(search, query)
    search = sort_by(search, query)
    search = search.source(False).extra(track_total_hits=True)
    return search[query.offset : query.offset + query.limit]
