"""Every page type renders, routes and stays within a fixed number of queries."""

import pytest

pytestmark = pytest.mark.django_db


def test_home_page_shows_hero_tiles_and_latest_news(
    client, site_settings, home_page, content_page, news_index, django_assert_max_num_queries
):
    home_page.tiles = [
        (
            "tile",
            {"title": "Zoek hulp", "text": "Vind hulp dichtbij.", "page": content_page, "url": ""},
        )
    ]
    home_page.save_revision().publish()
    with django_assert_max_num_queries(20):
        response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl">' in html
    assert "Hulp bij uw vraag" in html
    assert 'href="/clientondersteuning/"' in html
    assert "Laatste nieuws" in html
    assert "Gemeente Testdorp" in html
    assert "Dit is een demonstratiesite" in html


def test_content_page_renders_every_block(
    client, site_settings, content_page, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20):
        response = client.get("/clientondersteuning/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Wat is cliëntondersteuning?" in html
    assert "<details" in html and "Kost het geld?" in html
    assert 'href="tel:0123000000"' in html
    assert "Ik werd echt gehoord." in html
    assert 'aria-current="page"' in html  # menu and breadcrumb mark the current page


def test_news_index_and_item(client, site_settings, news_index, django_assert_max_num_queries):
    client.get("/")  # the first page of a site also builds the cached chrome
    with django_assert_max_num_queries(12):
        response = client.get("/nieuws/")
    assert response.status_code == 200
    assert response.content.decode().count('class="sw-card"') == 3
    item = news_index.get_children().first()
    with django_assert_max_num_queries(11):
        response = client.get(item.url)
    assert response.status_code == 200
    assert "<time datetime=" in response.content.decode()


@pytest.mark.parametrize("number", ["abc", "-1", "99999", "0", "1.5"])
def test_news_index_bad_page_numbers_give_a_message(client, site_settings, news_index, number):
    response = client.get("/nieuws/", {"pagina": number})
    assert response.status_code == 200
    assert "Dat paginanummer bestaat niet" in response.content.decode() or "laatste" in (
        response.content.decode()
    )


def test_search_finds_pages_and_bounds_queries(
    client, site_settings, content_page, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20):
        response = client.get("/zoeken/", {"q": "cliëntondersteuner"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wat is cliëntondersteuning?" in html


def test_search_without_results_says_so(client, site_settings, content_page):
    response = client.get("/zoeken/", {"q": "fietsenmaker"})
    assert response.status_code == 200
    assert "We hebben niets gevonden" in response.content.decode()


def test_search_without_query_explains(client, site_settings, home_page):
    response = client.get("/zoeken/")
    assert response.status_code == 200
    assert "Typ een of meer woorden" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "<script>alert(1)</script>",
        "\"' OR 1=1 --",
        "zorg*",
        "AND OR NOT (",
        "ü ß € 😀",
        "\x00",
        "NEAR(a b)",
        "'",
        "-",
        "^",
    ],
)
def test_search_survives_odd_queries(client, site_settings, content_page, query):
    response = client.get("/zoeken/", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html


def test_long_query_is_cut_with_a_message(client, site_settings, content_page):
    response = client.get("/zoeken/", {"q": "zorg " * 2000})
    assert "We zochten op de eerste 200 tekens" in response.content.decode()


def test_search_page_numbers(client, site_settings, content_page):
    for number in ["abc", "-1", "99999"]:
        response = client.get("/zoeken/", {"q": "cliëntondersteuner", "pagina": number})
        assert response.status_code == 200


def test_404_is_friendly(client, site_settings, home_page, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    assert "Gemeente Testdorp" in html  # the normal header and footer


def test_unknown_language_prefix_is_a_404_page(client, site_settings, home_page):
    response = client.get("/xx/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_unknown_host_is_a_400(client, site_settings, home_page):
    response = client.get("/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400


def test_500_page_needs_no_database(rf):
    from home.errors import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
    assert 'href="tel:112"' in response.content.decode()
