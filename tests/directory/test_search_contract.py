"""One contract for every search backend: the database always, Elasticsearch when available."""

import pytest

from directory.geo import GeoPoint
from directory.models import ServiceStatus
from directory.search.base import SORT_DISTANCE, SORT_NAME, SearchQuery
from directory.search.database import DatabaseBackend

SCOPE = ("GM0988", "GM0946")
WEERT = GeoPoint(51.2512, 5.7059)


@pytest.fixture(
    params=[
        "database",
        "database-aggregates",
        pytest.param("elasticsearch", marks=pytest.mark.elasticsearch),
    ]
)
def backend(request, sample_services):
    if request.param == "database":
        return DatabaseBackend()
    if request.param == "database-aggregates":
        # Forces the aggregate-query path that large candidate sets take.
        return DatabaseBackend(small_set_max=0)
    es = request.getfixturevalue("use_elasticsearch")
    es.rebuild()
    return es


def names(backend, sample_services, **kwargs):
    by_id = {s.pk: key for key, s in sample_services.items()}
    return [by_id[pk] for pk in backend.search(SearchQuery(**kwargs)).ids]


def test_text_ignores_accents_and_finds_word_forms(backend, sample_services):
    assert names(backend, sample_services, text="mantelzorgers weert") == ["mantelzorg"]
    assert "schulden" in names(backend, sample_services, text="SCHULD")


def test_scope_hides_services_that_do_not_work_in_the_sites_municipalities(
    backend, sample_services
):
    assert "sneek" in names(backend, sample_services, text="mantelzorg")
    assert names(backend, sample_services, text="mantelzorg", scope=SCOPE) == ["mantelzorg"]


def test_facet_counts_ignore_their_own_group(backend, sample_services):
    result = backend.search(SearchQuery(scope=SCOPE, support_lines=("informeel",)))
    assert result.total == 1
    assert result.facets["support_lines"] == {
        "informeel": 1,
        "clientondersteuning": 1,
        "kortdurend": 1,
    }
    assert result.facets["life_domains"] == {"mantelzorg": 1}
    assert result.facets["municipalities"] == {"GM0988": 1}


def test_facets_combine_or_within_and_and_across_groups(backend, sample_services):
    both = backend.search(SearchQuery(scope=SCOPE, support_lines=("informeel", "kortdurend")))
    assert both.total == 2
    narrowed = backend.search(
        SearchQuery(
            scope=SCOPE,
            support_lines=("informeel", "kortdurend"),
            life_domains=("geldzaken-en-schulden",),
        )
    )
    assert narrowed.total == 1


def test_flags_filter_and_count(backend, sample_services):
    everything = backend.search(SearchQuery(scope=SCOPE))
    assert everything.flags == {"free": 2, "no_referral": 2, "wheelchair": 2, "home_visit": 1}
    assert names(backend, sample_services, scope=SCOPE, home_visit=True) == ["mantelzorg"]
    assert sorted(names(backend, sample_services, scope=SCOPE, no_referral=True)) == [
        "client_support",
        "mantelzorg",
    ]


def test_languages_facet(backend, sample_services):
    result = backend.search(SearchQuery(scope=SCOPE, languages=("li",)))
    assert result.total == 1
    assert result.facets["languages"] == {"nl": 2, "li": 1}


def test_near_postcode_keeps_services_within_the_radius_sorted_by_distance(
    backend, sample_services
):
    result = backend.search(SearchQuery(near=WEERT, radius_km=10, sort=SORT_DISTANCE))
    assert {sample_services["mantelzorg"].pk, sample_services["client_support"].pk} == set(
        result.ids
    )
    assert all(km < 1 for km in result.distances_km.values())
    far = backend.search(SearchQuery(near=GeoPoint(53.03, 5.66), radius_km=5))
    assert far.ids == (sample_services["sneek"].pk,)


def test_sort_by_name_and_pagination(backend, sample_services):
    first = backend.search(SearchQuery(sort=SORT_NAME, limit=2))
    second = backend.search(SearchQuery(sort=SORT_NAME, limit=2, offset=2))
    assert first.total == second.total == 4
    assert names(backend, sample_services, sort=SORT_NAME) == [
        "schulden",
        "sneek",
        "client_support",
        "mantelzorg",
    ]
    assert first.ids + second.ids == backend.search(SearchQuery(sort=SORT_NAME)).ids


def test_relevance_puts_informal_help_first_among_equals(backend, sample_services):
    assert names(backend, sample_services, scope=SCOPE)[0] == "mantelzorg"


def test_ended_and_unpublished_services_are_not_found(backend, sample_services):
    ended, draft = sample_services["schulden"], sample_services["client_support"]
    ended.status = ServiceStatus.ENDED
    ended.save()
    draft.live = False
    draft.save()
    backend.index([ended.pk, draft.pk])
    assert names(backend, sample_services, scope=SCOPE) == ["mantelzorg"]


def test_a_query_with_markup_or_sql_finds_nothing_and_does_not_fail(backend, sample_services):
    for text in [
        "<script>alert(1)</script>",
        "'; DROP TABLE directory_service; --",
        "x" * 10_000,
        "%_%",
    ]:
        assert backend.search(SearchQuery(text=text[:200])).total == 0


def test_a_query_without_words_is_the_same_as_no_query(backend, sample_services):
    assert backend.search(SearchQuery(text="\\ ... de het")).total == 4


def test_every_flag_filters_also_with_words_and_a_postcode(backend, sample_services):
    assert sorted(names(backend, sample_services, scope=SCOPE, free=True)) == [
        "client_support",
        "mantelzorg",
    ]
    assert sorted(names(backend, sample_services, scope=SCOPE, wheelchair=True)) == [
        "client_support",
        "mantelzorg",
    ]
    combined = dict(text="mantelzorg", near=WEERT, radius_km=10, wheelchair=True, free=True)
    assert names(backend, sample_services, scope=SCOPE, **combined) == ["mantelzorg"]
    assert names(backend, sample_services, scope=SCOPE, **combined, no_referral=True) == [
        "mantelzorg"
    ]
    assert names(backend, sample_services, scope=SCOPE, **combined, home_visit=True) == [
        "mantelzorg"
    ]
