"""The Kennisbank finder: facets with counts, outdated filtering, sorting, feed and bad input."""

import datetime
import io
import json
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from steunwijzer.ops.cache import purge_all

from home.kennisbank.selectors import publications_for_themes
from home.models import PublicationPage, RelatedPublication
from tests.factories.home import PublicationPageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def get(client, **params):
    response = client.get("/kennisbank/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_finder_lists_newest_first_with_counts(client, kennisbank, django_assert_max_num_queries):
    get(client)  # the first request also builds the cached chrome and facet counts
    with django_assert_max_num_queries(10):
        html = get(client)
    assert "3 publicaties gevonden" in html
    assert html.index("Informatiekaart ouderen") < html.index("Het gesprek in Zeist")
    assert html.index("Het gesprek in Zeist") < html.index("Handreiking Cliëntondersteuning")
    assert 'value="informatiekaart"' in html and "(1<span" in html


def test_query_count_does_not_grow_with_results(client, kennisbank):
    def count(**params):
        get(client, **params)  # warm the caches (site root paths, chrome, facet counts) first
        with CaptureQueriesContext(connection) as queries:
            html = get(client, **params)
        return len(queries), html

    searches = [{}, {"q": "handreiking", "thema": "beleidsplan"}, {"volgorde": "titel"}]
    before = [count(**params)[0] for params in searches]
    for n in range(15):
        PublicationPageFactory(parent=kennisbank, title=f"Extra handreiking {n}")
    purge_all()  # what publishing them does on commit
    after = [count(**params) for params in searches]
    assert [n for n, _html in after] == before
    assert max(before) <= 11
    assert "18 publicaties gevonden" in after[0][1] and "16 publicaties gevonden" in after[1][1]


def test_facet_counts_follow_publishing(client, kennisbank, django_capture_on_commit_callbacks):
    assert "3 publicaties gevonden" in get(client)
    assert "0 publicaties gevonden" in get(client, q="nieuwe")
    html = get(client, soort="informatiekaart")
    assert 'value="informatiekaart" checked' in html and "1 publicatie gevonden" in html
    with django_capture_on_commit_callbacks(execute=True):
        page = PublicationPageFactory(parent=kennisbank, title="Nieuwe handreiking")
        page.save_revision().publish()
    assert "1 publicatie gevonden" in get(client, q="nieuwe")
    html = get(client)
    assert "4 publicaties gevonden" in html and 'id="kb-soort-handreiking"' in html
    assert 'Handreiking <span class="sw-count">(3' in html
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert "(2<span" in get(client).split('id="kb-soort-handreiking"')[1][:200]


def test_counts_and_pages_agree(client, kennisbank):
    """The number found comes from the cached kind counts; paging must agree with it."""
    for n in range(12):
        PublicationPageFactory(parent=kennisbank, title=f"Extra {n}", audiences=["wmo-raden"])
    purge_all()
    html = get(client, doelgroep="wmo-raden", pagina="2")
    assert "13 publicaties gevonden" in html and html.count("sw-publication-card") == 3
    html = get(client, soort=["handreiking", "informatiekaart"], doelgroep="wmo-raden")
    assert "13 publicaties gevonden" in html
    html = get(client, soort="informatiekaart", doelgroep="wmo-raden", volgorde="titel")
    assert "1 publicatie gevonden" in html


def test_facet_filters_and_counts_ignore_their_own_facet(client, kennisbank):
    html = get(client, soort="informatiekaart")
    assert "1 publicatie gevonden" in html
    assert "Informatiekaart ouderen" in html and "Het gesprek in Zeist" not in html
    # The kind facet still offers the other kinds with their counts, so you can widen.
    assert 'value="handreiking"' in html


def test_facets_combine_across_groups(client, kennisbank):
    html = get(client, thema="toegankelijkheid", doelgroep="wmo-raden")
    assert "1 publicatie gevonden" in html and "Informatiekaart ouderen" in html


def test_hide_outdated(client, kennisbank):
    html = get(client)
    assert "het wettelijk kader is verouderd" in html
    html = get(client, actueel="true")
    assert "Handreiking Cliëntondersteuning" not in html
    assert "2 publicaties gevonden" in html


def test_year_filters(client, kennisbank):
    assert "1 publicatie gevonden" in get(client, jaar="2015")
    assert "2 publicaties gevonden" in get(client, van="2015", tot="2016")


def test_text_search_and_relevance(client, kennisbank):
    html = get(client, q="keukentafelgesprek")
    assert "1 publicatie gevonden" in html and "Het gesprek in Zeist" in html
    html = get(client, q="ouderen", volgorde="titel")
    assert "Informatiekaart ouderen" in html


def test_sort_by_title(client, kennisbank):
    html = get(client, volgorde="titel")
    assert html.index("Handreiking Cliëntondersteuning") < html.index("Het gesprek in Zeist")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"soort": "bestaat-niet"}, "hebben we niet gebruikt"),
        ({"jaar": "abc"}, "hebben we niet gebruikt"),
        ({"van": "2016", "tot": "2014"}, "Het eindjaar ligt vóór het beginjaar"),
        ({"van": "abc"}, "hebben we niet gebruikt"),
        ({"pagina": "-1"}, "Dat paginanummer bestaat niet"),
        ({"pagina": "abc"}, "Dat paginanummer bestaat niet"),
        ({"volgorde": "<b>x</b>"}, "Die sortering kennen we niet"),
        ({"q": "x" * 10_000}, "We zochten op de eerste 200 tekens"),
    ],
)
def test_bad_input_gives_a_message_not_an_error(client, kennisbank, params, message):
    html = get(client, **params)
    assert message in html
    assert "<b>x</b>" not in html


@pytest.mark.parametrize("query", ["<script>alert(1)</script>", "\"'", "AND (", "\x00", "😀"])
def test_odd_queries(client, kennisbank, query):
    html = get(client, q=query)
    assert "<script>alert(1)</script>" not in html


def test_publication_page_metadata_jsonld_and_citation(
    client, kennisbank, django_assert_max_num_queries
):
    client.get("/kennisbank/handreiking-clientondersteuning/")  # builds the cached chrome
    with django_assert_max_num_queries(12):
        response = client.get("/kennisbank/handreiking-clientondersteuning/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<dl class="sw-facts">' in html and "mei 2014" in html
    assert "Let op: het wettelijk kader in deze publicatie is verouderd." in html
    assert "Movisie (mei 2014). Handreiking Cliëntondersteuning." in html
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    data = json.loads(html[start : html.index("</script>", start)])
    assert data["@type"] == "CreativeWork"
    assert data["datePublished"] == "2014-05"
    assert data["publisher"]["name"] == "Movisie"


def test_publication_page_queries_do_not_grow_with_related_publications(client, kennisbank):
    page = PublicationPage.objects.get(slug="handreiking-clientondersteuning")
    others = list(PublicationPage.objects.exclude(pk=page.pk))

    def count():
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(page.url).content.decode()
        return len(queries), html

    RelatedPublication.objects.create(page=page, target=others[0])
    one, _html = count()
    RelatedPublication.objects.create(page=page, target=others[1])
    two, html = count()
    assert one == two <= 12
    assert others[0].title in html and others[1].title in html
    assert "Gemeenten" in html and "Beleidsplan" in html  # audiences and themes, read once


def test_unknown_publication_is_not_found_and_the_feed_still_routes(client, kennisbank):
    assert client.get("/kennisbank/bestaat-niet/").status_code == 404
    assert client.get("/kennisbank/bestaat/niet/").status_code == 404
    assert client.get("/kennisbank/feed/").status_code == 200


def test_atom_feed_parses_and_ignores_odd_parameters(client, kennisbank):
    for params in [{}, {"page": "abc", "x": "<script>"}]:
        response = client.get("/kennisbank/feed/", params)
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        titles = [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")]
        assert "Het gesprek in Zeist" in titles and len(titles) == 3


def test_publications_for_themes_only_current_newest_first(kennisbank):
    PublicationPageFactory(
        parent=kennisbank,
        title="Nieuwer beleid",
        publication_date=datetime.date(2020, 1, 1),
        themes=["beleidsplan"],
    )
    PublicationPageFactory(
        parent=kennisbank,
        title="Oudere toegang",
        publication_date=datetime.date(2017, 1, 1),
        themes=["toegankelijkheid"],
    )
    found = publications_for_themes(theme_slugs=["beleidsplan", "toegankelijkheid"], limit=2)
    assert [p.title for p in found["beleidsplan"]] == ["Nieuwer beleid"]
    assert [p.title for p in found["toegankelijkheid"]] == [
        "Oudere toegang",
        "Informatiekaart ouderen",
    ]


def test_generated_publications_have_audiences_and_themes(kennisbank):
    call_command("generate_publications", count=3, stdout=io.StringIO())
    generated = PublicationPage.objects.filter(slug__startswith="publicatie-")
    assert generated.count() == 3
    for page in generated:
        assert page.audiences.count() == 2
        assert page.themes.count() == 2
