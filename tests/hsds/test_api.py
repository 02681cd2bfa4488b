"""The read API: responses valid against our OpenAPI description, filters, paging, limits."""

import json

import pytest
from django.test import override_settings
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from directory.hsds import validation
from directory.hsds.ids import own_id, shared_id
from directory.hsds.taxonomy import taxonomy_id_of

API = "http://testserver/api/hsds/"
pytestmark = pytest.mark.urls("tests.hsds.urls")


@pytest.fixture
def openapi(client, social_map):
    return client.get("/api/hsds/openapi.json").json()


def _validator(openapi: dict, path: str, status: str = "200") -> Draft202012Validator:
    """A validator for one response of our OpenAPI document, its $refs served by us."""
    resources = [(API + "openapi.json", Resource.from_contents(openapi, DRAFT202012))]
    for name in [p.name for p in validation.SCHEMA_DIR.glob("*.json")] + [
        f"compiled/{p.name}" for p in validation.SCHEMA_DIR.glob("compiled/*.json")
    ]:
        resources.append(
            (API + "schema/" + name, Resource.from_contents(validation.schema(name), DRAFT202012))
        )
    pointer = path.replace("~", "~0").replace("/", "~1")
    response = f"responses/{status}/content/application~1json/schema"
    ref = f"{API}openapi.json#/paths/{pointer}/get/{response}"
    return Draft202012Validator(
        {"$ref": ref},
        registry=Registry().with_resources(resources),
        format_checker=validation.FORMATS,
    )


def _valid(openapi, path: str, body) -> None:
    errors = list(_validator(openapi, path).iter_errors(body))
    assert errors == [], [(list(e.absolute_path), e.message) for e in errors[:5]]


def _get(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def test_openapi_document_has_our_title_licence_contact_and_paths(client, openapi):
    assert openapi["info"]["title"].startswith("Steunwijzer")
    assert openapi["info"]["license"]["name"] == "CC0 1.0"
    assert openapi["info"]["contact"]["email"]
    assert openapi["servers"] == [{"url": "http://testserver/api/hsds"}]
    assert "/service_at_locations" not in openapi["paths"]
    refs = json.dumps(openapi)
    assert "raw.githubusercontent.com" not in refs
    assert f"{API}schema/service.json" in refs
    # Every schema the document points at is served.
    for ref in {r.split('"')[0] for r in refs.split(f'"{API}schema/')[1:]}:
        assert client.get(f"/api/hsds/schema/{ref}").status_code == 200, ref


def test_the_response_validator_can_fail(openapi):
    broken = {"total_items": "3", "contents": [{"id": "x", "name": "Geen status"}]}
    messages = {e.message for e in _validator(openapi, "/services").iter_errors(broken)}
    assert "'status' is a required property" in messages
    assert "'3' is not of type 'integer'" in messages
    assert "'x' is not a 'uuid'" in messages


def test_root_and_every_list_and_item_validate(client, openapi, social_map):
    _valid(openapi, "/", _get(client, "/api/hsds/"))
    page = _get(client, "/api/hsds/services")
    _valid(openapi, "/services", page)
    assert page["total_items"] == 3
    full = _get(client, "/api/hsds/services?full=true")
    _valid(openapi, "/services", full)
    assert "service_at_locations" in full["contents"][0]
    service_id = page["contents"][0]["id"]
    _valid(openapi, "/services/{id}", _get(client, f"/api/hsds/services/{service_id}"))
    orgs = _get(client, "/api/hsds/organizations")
    _valid(openapi, "/organizations", orgs)
    assert orgs["total_items"] == 2
    _valid(openapi, "/organizations", _get(client, "/api/hsds/organizations?full=true"))
    org = _get(client, f"/api/hsds/organizations/{orgs['contents'][0]['id']}")
    _valid(openapi, "/organizations/{id}", org)
    taxonomies = _get(client, "/api/hsds/taxonomies")
    _valid(openapi, "/taxonomies", taxonomies)
    tax_id = taxonomies["contents"][0]["id"]
    _valid(openapi, "/taxonomies/{id}", _get(client, f"/api/hsds/taxonomies/{tax_id}"))
    terms = _get(client, f"/api/hsds/taxonomy_terms?taxonomy_id={tax_id}&per_page=100")
    _valid(openapi, "/taxonomy_terms", terms)
    assert {t["code"] for t in terms["contents"]} >= {"informeel", "clientondersteuning"}
    term_id = terms["contents"][0]["id"]
    _valid(openapi, "/taxonomy_terms/{id}", _get(client, f"/api/hsds/taxonomy_terms/{term_id}"))


def test_only_published_active_services_are_served(client, social_map):
    names = {s["name"] for s in _get(client, "/api/hsds/services?per_page=100")["contents"]}
    assert "Nog niet gepubliceerd" not in names and "Gestopt aanbod" not in names
    for key in ("draft", "ended"):
        _get(client, f"/api/hsds/services/{own_id('service', social_map[key].pk)}", 404)
    _get(client, "/api/hsds/services/not-a-uuid", 404)


def _names(client, query: str) -> list[str]:
    return [s["name"] for s in _get(client, f"/api/hsds/services?{query}")["contents"]]


def test_filters(client, social_map):
    assert _names(client, "search=schulden") == ["Hulp bij schulden Sneek"]
    informal = shared_id("term:ondersteuningslijn:informeel")
    assert _names(client, f"taxonomy_term_id={informal}") == ["Maatjesproject"]
    free = shared_id("term:kenmerk:gratis")
    assert "Hulp bij schulden Sneek" not in _names(client, f"taxonomy_term_id={free}")
    assert _names(client, "municipality=GM1900") == ["Hulp bij schulden Sneek"]
    # Postcode alone: services whose area holds it; with proximity: locations within reach.
    assert _names(client, "postcode=6001") == [
        "Maatjesproject",
        "Onafhankelijke cliëntondersteuning Weert",
    ]
    assert _names(client, "postcode=8601&proximity=5000") == ["Hulp bij schulden Sneek"]
    org = own_id("organisation", social_map["org"].pk)
    assert len(_names(client, f"organization_id={org}")) == 2
    unknown = "00000000-0000-4000-8000-000000000000"
    assert _names(client, f"taxonomy_term_id={unknown}") == []
    tax = taxonomy_id_of("levensdomein")
    assert len(_names(client, f"taxonomy_id={tax}")) == 3


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=abc",
        "per_page=1000",
        "full=misschien",
        "postcode=12",
        "postcode=0000",
        "postcode=6001&proximity=ver",
        "proximity=500",
        "municipality=GM9999",
        "modified_after=gisteren",
    ],
)
def test_wrong_parameters_give_400_with_a_message(client, social_map, query):
    body = _get(client, f"/api/hsds/services?{query}", 400)
    assert body["error"] == 400 and body["message"]


def test_pagination(client, social_map):
    first = _get(client, "/api/hsds/services?per_page=2")
    second = _get(client, "/api/hsds/services?per_page=2&page=2")
    assert (first["total_pages"], first["first_page"], first["last_page"]) == (2, True, False)
    assert (second["size"], second["last_page"]) == (1, True)
    ids = [s["id"] for s in first["contents"] + second["contents"]]
    assert len(set(ids)) == 3
    beyond = _get(client, "/api/hsds/services?per_page=2&page=9")
    assert beyond["contents"] == [] and not beyond["empty"]


def test_read_only_and_cors_preflight(client, social_map):
    assert client.post("/api/hsds/services").status_code == 405
    assert client.delete("/api/hsds/services").status_code == 405
    preflight = client.options("/api/hsds/services")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


@override_settings(HSDS_API_RATE_LIMIT=3, HSDS_API_RATE_WINDOW=60)
def test_rate_limit_per_client(client, social_map):
    for _ in range(3):
        assert client.get("/api/hsds/taxonomies").status_code == 200
    limited = client.get("/api/hsds/taxonomies")
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert client.get("/api/hsds/taxonomies", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_query_counts_do_not_grow_with_the_page(client, social_map, django_assert_max_num_queries):
    with django_assert_max_num_queries(22):
        client.get("/api/hsds/services?full=true")
    with django_assert_max_num_queries(22):
        client.get(f"/api/hsds/services/{own_id('service', social_map['client_support'].pk)}")


def test_public_download(client, social_map):
    response = client.get("/open-data/hsds/services.json")
    assert response.status_code == 200
    assert len(json.loads(response.content)) == 3
    assert client.get("/open-data/hsds/datapackage.zip")["Content-Type"] == "application/zip"
    assert client.get("/open-data/hsds/secrets.txt").status_code == 404


def test_messages_follow_the_callers_language(client, social_map):
    dutch = _get(client, "/api/hsds/services?postcode=12", 400)["message"]
    english = client.get("/api/hsds/services?postcode=12", HTTP_ACCEPT_LANGUAGE="en").json()
    assert dutch.startswith("Vul een postcode in")
    assert english["message"] == "Fill in a postcode with 4 digits, such as 6001."


def test_unknown_api_paths_are_json_404s(client, social_map):
    for path in ("/api/hsds/services/", "/api/hsds/service_at_locations", "/api/hsds/x/y"):
        body = _get(client, path, 404)
        assert body["error"] == 404
