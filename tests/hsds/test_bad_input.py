"""Bad input gives a clear report with file, row and field, and writes nothing."""

import csv
import io
import json
import zipfile

import pytest
from django.test import override_settings

from directory.hsds import export, selectors
from directory.hsds.importer import Options, import_bytes, import_path
from directory.models import LifeDomain, Service


def _services() -> list[dict]:
    return list(export.iter_services(selectors.export_context()))


def _package(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _package_files() -> dict[str, bytes]:
    ctx = selectors.export_context()
    data = export.package_bytes(export.tables(_services(), ctx))
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def _run(name: str, data: bytes):
    before = Service.objects.count()
    report = import_bytes(name, data, Options(dry_run=False, publish=True))
    assert Service.objects.count() == before, "nothing may be written"
    assert not report.written
    return report


def _where(report) -> list[tuple[str, int, str]]:
    return [(i.file, i.row, i.field) for i in report.errors]


def test_wrong_encoding_names_file_and_line(social_map):
    files = _package_files()
    text = files["services.csv"].decode("utf-8")
    files["services.csv"] = text.encode("cp1252", errors="replace")
    report = _run("datapackage.zip", _package(files))
    assert _where(report) == [("services.csv", 2, "")]
    assert "UTF-8" in report.errors[0].message


def test_wrong_delimiter(social_map):
    files = _package_files()
    files["organizations.csv"] = files["organizations.csv"].replace(b",", b";")
    report = _run("datapackage.zip", _package(files))
    assert _where(report) == [("organizations.csv", 1, "")]
    assert "puntkomma" in report.errors[0].message


def test_missing_required_column(social_map):
    files = _package_files()
    lines = files["services.csv"].decode().splitlines()
    header = lines[0].split(",")
    keep = [i for i, h in enumerate(header) if h != "status"]
    rows = [",".join(cell for i, cell in enumerate(line.split(",")) if i in keep) for line in lines]
    files["services.csv"] = ("\n".join(rows) + "\n").encode()
    report = _run("datapackage.zip", _package(files))
    assert ("services.csv", 1, "status") in _where(report)


def test_broken_reference_between_files(social_map):
    files = _package_files()
    org_ids = [line.split(",")[0] for line in files["organizations.csv"].decode().splitlines()[1:]]
    files["organizations.csv"] = files["organizations.csv"].replace(
        org_ids[0].encode(), b"0" * 8 + org_ids[0][8:].encode()
    )
    report = _run("datapackage.zip", _package(files))
    assert any(
        f == "services.csv" and field == "organization_id" for f, _row, field in _where(report)
    )
    assert "organizations.csv" in report.errors[0].message or any(
        "organizations.csv" in i.message for i in report.errors
    )


def test_duplicate_ids_in_a_csv(social_map):
    files = _package_files()
    rows = list(csv.reader(io.StringIO(files["services.csv"].decode())))
    out = io.StringIO()
    csv.writer(out).writerows([*rows, rows[1]])
    files["services.csv"] = out.getvalue().encode()
    report = _run("datapackage.zip", _package(files))
    assert _where(report) == [("services.csv", 5, "id")]
    assert "regel 2" in report.errors[0].message


def test_invalid_coordinates_and_schema_errors_are_listed_per_item(social_map):
    doc = _services()
    target = doc[0]["service_at_locations"][0]["location_id"]
    for service in doc:
        for sal in service["service_at_locations"]:
            if sal["location_id"] == target:
                sal["location"]["latitude"], sal["location"]["longitude"] = 5.7, 51.2
    doc[1]["status"] = "open"
    del doc[2]["name"]
    report = _run("services.json", json.dumps(doc).encode())
    assert ("services.json", 2, "status") in _where(report)
    assert ("services.json", 3, "") in _where(report)
    assert "name" in next(i.message for i in report.errors if i.row == 3)
    # Schema errors stop the import before our own rules run; fix them and the next shows.
    doc[1]["status"] = "active"
    doc[2]["name"] = "Terug"
    report = _run("services.json", json.dumps(doc).encode())
    assert _where(report) == [
        ("services.json", 1, "service_at_locations[0].location.latitude"),
        ("services.json", 2, "service_at_locations[0].location.latitude"),
    ]
    assert "omgewisseld" in report.errors[0].message


def test_duplicate_service_ids_in_json(social_map):
    doc = _services()
    report = _run("services.json", json.dumps([*doc, doc[0]]).encode())
    assert _where(report) == [("services.json", 4, "id")]


def test_unknown_terms_are_reported_not_invented(social_map):
    doc = _services()
    doc[0]["attributes"].append(
        {
            "id": "0e6a3c1e-1a7b-4c1e-9a3f-0a0b0c0d0e0f",
            "link_id": doc[0]["id"],
            "link_entity": "service",
            "taxonomy_term_id": "5f6a3c1e-1a7b-4c1e-9a3f-0a0b0c0d0e0f",
            "taxonomy_term": {
                "id": "5f6a3c1e-1a7b-4c1e-9a3f-0a0b0c0d0e0f",
                "name": "Food Pantry",
                "description": "Open Eligibility",
                "taxonomy": "Open Eligibility",
            },
        }
    )
    domains = LifeDomain.objects.count()
    report = import_bytes("services.json", json.dumps(doc).encode(), Options(dry_run=True))
    assert report.ok
    warning = report.warnings[0]
    assert (warning.file, warning.row) == ("services.json", 1)
    assert warning.field.startswith("attributes[")
    assert "Food Pantry" in warning.message
    assert LifeDomain.objects.count() == domains


def test_a_service_without_support_line_is_an_error(social_map):
    doc = _services()
    doc[0]["attributes"] = [
        a for a in doc[0]["attributes"] if a["link_type"] != "ondersteuningslijn"
    ]
    report = _run("services.json", json.dumps(doc).encode())
    assert _where(report) == [("services.json", 1, "attributes")]


def test_a_200_mb_file_is_refused_without_reading_it(social_map, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written or read
    report = import_path(path, Options(dry_run=False))
    assert not report.ok
    assert "200,0 MB" in report.errors[0].message


def test_zip_bomb_is_refused(social_map):
    bomb = _package({"services.csv": b"0" * (60 * 1024 * 1024)})
    assert len(bomb) < 1024 * 1024
    report = _run("bomb.zip", bomb)
    assert "Uitgepakt" in report.errors[0].message


def test_too_many_zip_members(social_map):
    report = _run("many.zip", _package({f"f{i}.csv": b"id\n" for i in range(100)}))
    assert "100 bestanden" in report.errors[0].message


def test_json_nesting_attack(social_map):
    report = _run("deep.json", b"[" * 200_000 + b"]" * 200_000)
    assert "te diep genest" in report.errors[0].message
    nested: object = 1
    for _ in range(40):
        nested = [nested]
    report = _run("deep.json", json.dumps([{"a": nested}]).encode())
    assert "te diep genest" in report.errors[0].message


def test_not_json_not_zip(social_map):
    report = _run("services.xlsx", b"\x00\x01binary")
    assert "kunnen we niet lezen" in report.errors[0].message


@override_settings(HSDS_IMPORT_MAX_SECONDS=0)
def test_time_limit_stops_the_import(social_map):
    report = _run("services.json", json.dumps(_services()).encode())
    assert "seconden" in report.errors[0].message


@override_settings(HSDS_IMPORT_MAX_ROWS=2)
def test_row_limit(social_map):
    report = _run("services.json", json.dumps(_services()).encode())
    assert "Meer dan 2" in report.errors[0].message


@pytest.mark.parametrize("payload", [b"{", b'{"services": 3}', b"[1, 2]"])
def test_broken_json(social_map, payload):
    report = _run("services.json", payload)
    assert report.errors
