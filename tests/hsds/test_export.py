"""The export: every document validates against the shipped HSDS 3.0 schemas."""

import csv
import io
import json
import zipfile

from directory.hsds import export, selectors, tabular, validation


def _ctx():
    return selectors.export_context(api_url="https://steunwijzer.example.org/api/hsds/")


def test_services_json_validates_and_has_only_published_active_services(social_map):
    services = list(export.iter_services(_ctx()))
    names = sorted(s["name"] for s in services)
    assert names == [
        "Hulp bij schulden Sneek",
        "Maatjesproject",
        "Onafhankelijke cliëntondersteuning Weert",
    ]
    for service in services:
        assert validation.problems(service, "service.json") == []


def test_a_service_carries_organisation_locations_hours_areas_languages_and_terms(social_map):
    services = {s["name"]: s for s in export.iter_services(_ctx())}
    ocs = services["Onafhankelijke cliëntondersteuning Weert"]
    assert ocs["organization"]["organization_identifiers"][0]["identifier"] == "41234567"
    assert ocs["organization"]["organization_identifiers"][0]["identifier_scheme"] == "NL-KVK"
    location = ocs["service_at_locations"][0]["location"]
    assert location["addresses"][0]["postal_code"] == "6001 AB"
    assert location["addresses"][0]["state_province"] == "Limburg"
    assert {a["details"] for a in location["accessibility"]} == {"rolstoel", "ringleiding"}
    weekly = [s for s in location["schedules"] if s.get("freq") == "WEEKLY"]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in weekly] == [
        ("MO", "09:00", "12:30"),
        ("TH", "13:00", "17:00"),
    ]
    dated = [s for s in location["schedules"] if "valid_from" in s]
    assert [(s["valid_from"], s.get("opens_at")) for s in dated] == [
        ("2026-12-25", None),
        ("2026-12-31", "09:00"),
    ]
    assert [a["extent"] for a in ocs["service_areas"]] == ["GM0946", "GM0988"]
    assert [lang["code"] for lang in ocs["languages"]] == ["li", "nl"]
    terms = {
        (a["taxonomy_term"]["taxonomy"], a["taxonomy_term"]["code"], a.get("value"))
        for a in ocs["attributes"]
    }
    assert ("Steunwijzer ondersteuningslijnen", "clientondersteuning", None) in terms
    assert ("Steunwijzer levensdomeinen", "wonen", None) in terms
    assert ("Steunwijzer doelgroepen", "ouderen", None) in terms
    assert ("Steunwijzer kenmerken", "binnenlopen", "true") in terms
    assert ocs["description"].startswith("Iemand die naast u staat")
    assert ocs["phones"][0]["number"] == "0495-123456"
    radius = services["Maatjesproject"]["service_areas"][0]
    assert radius["extent_type"] == "geojson"
    assert json.loads(radius["extent"])["properties"]["radius_km"] == 15
    assert services["Hulp bij schulden Sneek"]["status"] == "temporarily closed"


def test_taxonomy_document_validates(social_map):
    doc = export.taxonomy_document(_ctx())
    assert len(doc["taxonomies"]) == 5
    for taxonomy in doc["taxonomies"]:
        assert validation.problems(taxonomy, "taxonomy.json") == []
    for term in doc["taxonomy_terms"]:
        assert validation.problems(term, "taxonomy_term.json") == []
    codes = {t["code"] for t in doc["taxonomy_terms"]}
    assert {"mantelzorg", "informeel", "iedereen", "gratis", "rolstoel"} <= codes


def test_tabular_package_validates_row_by_row(social_map):
    ctx = _ctx()
    files = export.export_all(ctx)
    archive = zipfile.ZipFile(io.BytesIO(files[export.PACKAGE_FILE]))
    meta = json.loads(archive.read("datapackage.json"))
    assert {r["path"] for r in meta["resources"]} == set(archive.namelist()) - {"datapackage.json"}
    counts = {}
    for resource in meta["resources"]:
        rows = list(csv.DictReader(io.StringIO(archive.read(resource["path"]).decode("utf-8"))))
        header = [f["name"] for f in resource["schema"]["fields"]]
        assert rows == [] or list(rows[0].keys()) == header
        counts[resource["name"]] = len(rows)
        for row in rows:
            converted, issues = tabular.typed_row(resource["name"], row)
            assert issues == [], (resource["name"], row)
            assert validation.row_problems(converted, resource["name"]) == [], row
    assert counts["service"] == 3
    assert counts["organization"] == 2
    assert counts["location"] == 2
    assert counts["taxonomy"] == 5
    assert counts["schedule"] == 4


def test_export_command_writes_three_files(social_map, tmp_path):
    from django.core.management import call_command

    out = io.StringIO()
    call_command("export_hsds", output=str(tmp_path), stdout=out)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "datapackage.zip",
        "services.json",
        "taxonomy.json",
    ]
    assert len(json.loads((tmp_path / "services.json").read_text())) == 3
    assert "3/3" in out.getvalue()
