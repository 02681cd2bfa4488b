"""The public pages: search, detail and the error report, including bad input."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import ErrorReport, ServiceStatus
from tests.factories.directory import ServiceFactory, line

URL = "/sociale-kaart/"


@pytest.fixture
def search(client, directory_page, sample_services):
    def get(query: str = "", **kwargs):
        return client.get(URL + ("?" + query if query else ""), **kwargs)

    return get


def test_search_page_lists_only_services_of_the_sites_municipalities(search, sample_services):
    html = search().content.decode()
    assert "Steunpunt Mantelzorg Wéért" in html
    assert "Hulp bij schulden" in html
    assert "Mantelzorg Sneek" not in html
    assert "3 resultaten" in html


def test_facets_show_counts_and_keep_state_in_the_url(search):
    html = search("lijn=informeel").content.decode()
    assert "1 resultaat" in html
    assert 'name="lijn" value="informeel" checked' in html
    # Other lines keep their count, so a resident sees what ticking them would add.
    assert 'Onafhankelijke cliëntondersteuning <span class="sw-dir-count">(1)</span>' in html
    narrowed = search("lijn=informeel&lijn=kortdurend&thema=mantelzorg").content.decode()
    assert "1 resultaat" in narrowed


def test_near_postcode_shows_distance_and_sorts(search):
    html = search("postcode=6001+AB&afstand=5&sortering=afstand").content.decode()
    assert "2 resultaten binnen 5 km van 6001" in html
    assert re.search(r'sw-badge">0,\d km', html)


@pytest.mark.parametrize(
    "query, message",
    [
        ("lijn=onbekend", "bestaat niet"),
        ("afstand=-5", "Kies een afstand uit de lijst"),
        ("afstand=100000", "Kies een afstand uit de lijst"),
        ("postcode=12", "Vul een postcode in met 4 cijfers"),
        ("postcode=0000", "Vul een postcode in met 4 cijfers"),
        ("postcode=1000", "Postcode 1000 kennen we niet"),
        ("sortering=afstand", "Vul een postcode in om op afstand te sorteren"),
        ("sortering=%3Cb%3E", "Die sortering kennen we niet"),
        ("pagina=abc", "Dat paginanummer bestaat niet"),
        ("pagina=99", "Er zijn maar 1 pagina"),
        ("q=" + "x" * 10_000, "Uw zoekvraag is lang"),
    ],
)
def test_bad_input_gives_a_message_not_an_error(search, query, message):
    response = search(query)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_markup_in_the_query_is_escaped(search):
    html = search("q=%3Cscript%3Ealert(1)%3C/script%3E&postcode=%3Cb%3E").content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>" not in html


def capture_queries(get) -> list[str]:
    with CaptureQueriesContext(connection) as context:
        assert get().status_code == 200
    return [query["sql"] for query in context.captured_queries]


def count_queries(get) -> int:
    return len(capture_queries(get))


# Issue 7: at most 15 SQL queries per page once the site's chrome, the facet terms and the
# postcode are cached (the first request of a site builds them). Of those, the social map's
# own: search 3 (candidates, their facet values, opening hours; the cards' facts come from the
# cache once shown), detail 5 on a first visit (service, locations, labels, opening hours, other
# services of the organisation; kept in the cache after that).
MAX_PAGE_QUERIES = 15
SEARCH_OWN_QUERIES = 3
DETAIL_OWN_QUERIES = 5


def own_queries(sql: list[str]) -> list[str]:
    """The queries of the social map itself, not those of Wagtail's routing to its page."""
    return [q for q in sql if '"directory_' in q and '"wagtailcore_' not in q]


def test_search_runs_a_bounded_number_of_queries(
    search, django_assert_max_num_queries, weert_location
):
    query = "q=extra&thema=zorg-en-gezondheid&postcode=6001"
    ServiceFactory(name="Extra 0", setup={"locations": [weert_location]})
    search(query)  # the first request of a site creates its settings and caches its chrome
    sql = capture_queries(lambda: search(query))
    few = len(sql)
    for i in range(1, 15):
        ServiceFactory(name=f"Extra {i}", setup={"locations": [weert_location]})
    search(query)  # warm again: saving services may purge the cached chrome and terms
    with django_assert_max_num_queries(few):
        response = search(query)
    assert "Volgende" in response.content.decode()
    assert few <= MAX_PAGE_QUERIES
    assert len(own_queries(sql)) == SEARCH_OWN_QUERIES


def test_a_changed_service_shows_on_its_card_at_once(
    search, sample_services, django_capture_on_commit_callbacks
):
    assert "Steunpunt Mantelzorg Wéért" in search().content.decode()  # its card is cached now
    service = sample_services["mantelzorg"]
    with django_capture_on_commit_callbacks(execute=True):  # the purge, as after a real commit
        service.name = "Mantelzorgpunt Weert"
        service.status = ServiceStatus.TEMPORARILY_CLOSED
        service.save()
    html = search().content.decode()
    assert "Mantelzorgpunt Weert" in html and "Steunpunt Mantelzorg Wéért" not in html
    assert "Tijdelijk gesloten" in html


def test_search_without_words_stays_within_the_page_budget(search):
    search()
    assert count_queries(search) <= MAX_PAGE_QUERIES


def detail_url(service) -> str:
    return f"{URL}{service.pk}/{service.slug}/"


def test_detail_shows_contact_links_hours_and_structured_data(
    client, directory_page, sample_services
):
    service = sample_services["mantelzorg"]
    response = client.get(detail_url(service))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="tel:0495001234"' in html
    assert 'href="mailto:' in html
    assert '<script type="application/ld+json">' in html
    assert '"@type": "Service"' in html
    assert "openstreetmap.org/directions" in html
    assert "Nog niet gecontroleerd" in html
    assert "Klopt er iets niet?" in html


def test_detail_without_slug_redirects_to_the_full_address(client, directory_page, sample_services):
    service = sample_services["mantelzorg"]
    response = client.get(f"{URL}{service.pk}/")
    assert response.status_code == 301
    assert response["Location"].endswith(detail_url(service))


def test_detail_of_other_area_unpublished_or_unknown_is_404(
    client, directory_page, sample_services
):
    draft = sample_services["client_support"]
    draft.live = False
    draft.save()
    assert client.get(detail_url(sample_services["sneek"])).status_code == 404
    assert client.get(detail_url(draft)).status_code == 404
    assert client.get(f"{URL}999999/x/").status_code == 404
    assert client.get(f"{URL}abc/").status_code == 404


def test_detail_of_an_ended_service_says_so(client, directory_page, sample_services):
    service = sample_services["schulden"]
    service.status = ServiceStatus.ENDED
    service.save()
    response = client.get(detail_url(service))
    assert response.status_code == 410
    assert "Dit aanbod is gestopt" in response.content.decode()


def test_detail_links_the_organisations_other_services_in_the_area(
    client, directory_page, sample_services
):
    service = sample_services["client_support"]
    org = service.organisation
    nearby = ServiceFactory(name="Maatje voor een wandeling", organisation=org)
    nearby.support_line = line("informeel")
    nearby.save()
    ServiceFactory(name="Alleen in Sneek", organisation=org, setup={"municipalities": ["GM1900"]})
    ended = ServiceFactory(name="Gestopt aanbod", organisation=org)
    ended.status = ServiceStatus.ENDED
    ended.save()
    html = client.get(detail_url(service)).content.decode()
    others = html.split(f"Meer hulp van {org.name}")[1]
    assert f'<a class="utrecht-link" href="{detail_url(nearby)}">Maatje voor een wandeling</a>' in (
        others
    )
    assert "(Vrijwilligers en lotgenoten)" in others
    assert "Alleen in Sneek" not in others and "Gestopt aanbod" not in others
    assert service.name not in others
    english = client.get("/en" + detail_url(service)).content.decode()
    assert "(Volunteers and peers)" in english.split("More help from")[1]


def test_detail_runs_a_bounded_number_of_queries(client, directory_page, sample_services):
    service = sample_services["client_support"]
    for i in range(5):
        ServiceFactory(name=f"Ander {i}", organisation=service.organisation)
    client.get(detail_url(sample_services["mantelzorg"]))  # the site's chrome, terms, routing
    sql = capture_queries(lambda: client.get(detail_url(service)))
    assert len(sql) <= MAX_PAGE_QUERIES
    assert len(own_queries(sql)) == DETAIL_OWN_QUERIES  # however many other services it lists
    # Later visits read nothing: the facts come from the cache, "open now" is worked out.
    assert capture_queries(lambda: client.get(detail_url(service))) == []


def test_a_changed_service_shows_on_its_page_at_once(
    client, directory_page, sample_services, django_capture_on_commit_callbacks
):
    service = sample_services["mantelzorg"]
    assert "Advies voor mantelzorgers." in client.get(detail_url(service)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # the purge, as after a real commit
        service.short_description = "Steun en advies als u voor iemand zorgt."
        service.save()
    html = client.get(detail_url(service)).content.decode()
    assert "Steun en advies als u voor iemand zorgt." in html
    assert "Advies voor mantelzorgers." not in html


def report_url(service) -> str:
    return f"{URL}{service.pk}/fout-melden/"


def test_error_report_is_saved_without_personal_data(client, directory_page, sample_services):
    service = sample_services["mantelzorg"]
    response = client.post(report_url(service), {"message": "Het telefoonnummer is veranderd."})
    assert response.status_code == 200
    assert "Dank u wel" in response.content.decode()
    report = ErrorReport.objects.get()
    assert report.service == service and report.email == "" and report.status == "open"


def test_error_report_form_errors_are_summarised(client, directory_page, sample_services):
    response = client.post(
        report_url(sample_services["mantelzorg"]), {"message": "kort", "email": "geen-mail"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Controleer het formulier" in html and 'aria-invalid="true"' in html
    assert not ErrorReport.objects.exists()


def test_error_report_honeypot_saves_nothing_but_looks_the_same(
    client, directory_page, sample_services
):
    response = client.post(
        report_url(sample_services["mantelzorg"]),
        {"message": "Koop goedkope pillen hier", "website": "spam.example"},
    )
    assert "Dank u wel" in response.content.decode()
    assert not ErrorReport.objects.exists()


def test_error_report_is_rate_limited(client, directory_page, sample_services, settings):
    settings.DIRECTORY_REPORT_RATE_LIMIT = 2
    url = report_url(sample_services["mantelzorg"])
    for _ in range(2):
        client.post(url, {"message": "Het adres klopt niet meer."})
    response = client.post(url, {"message": "Het adres klopt niet meer."})
    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert ErrorReport.objects.count() == 2
