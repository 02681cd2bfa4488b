"""Elasticsearch query building, checked through Search.to_dict() without a server."""

from elasticsearch.dsl import Search

from directory.geo import GeoPoint
from directory.search import queries
from directory.search.base import SORT_DISTANCE, SearchQuery


def build(**kwargs) -> dict:
    return queries.build(Search(index="x"), SearchQuery(**kwargs)).to_dict()


def test_text_is_a_fuzzy_multi_match_with_the_name_boosted():
    body = build(text="mantelzorg weert", scope=("GM0988",))
    match = body["query"]["bool"]["must"][0]["multi_match"]
    assert match["fuzziness"] == "AUTO" and match["operator"] == "and"
    assert "name^3" in match["fields"]


def test_facets_go_to_post_filter_and_each_aggregation_ignores_its_own_group():
    body = build(support_lines=("informeel",), life_domains=("wonen",))
    assert {"terms": {"support_line": ["informeel"]}} in body["post_filter"]["bool"]["filter"]
    own = body["aggs"]["support_lines"]["filter"]["bool"]["filter"]
    assert own == [{"terms": {"life_domains": ["wonen"]}}]
    assert body["aggs"]["support_lines"]["aggs"]["values"]["terms"]["field"] == "support_line"


def test_scope_and_near_filter_the_query_and_distance_sorts():
    body = build(scope=("GM0988",), near=GeoPoint(51.25, 5.7), radius_km=5, sort=SORT_DISTANCE)
    filters = body["query"]["bool"]["filter"]
    assert {"terms": {"municipalities": ["GM0988"]}} in filters
    assert any("geo_distance" in f and f["geo_distance"]["distance"] == "5km" for f in filters)
    assert "_geo_distance" in body["sort"][0]


def test_a_query_without_words_has_no_text_clause_and_pages_by_offset():
    body = build(text="de het", offset=20, limit=10)
    assert "must" not in body.get("query", {}).get("bool", {})
    assert body["from"] == 20 and body["size"] == 10
