"""The import: round trip, idempotence, dry run, drafts and publishing."""

import json

import pytest
from steunwijzer.ops.cache import generation

from directory.hsds import export, selectors
from directory.hsds.importer import Options, import_bytes
from directory.hsds.models import ExternalId
from directory.models import Location, Organisation, Service


def _export_services() -> list[dict]:
    return list(export.iter_services(selectors.export_context()))


def _without_modified(services: list[dict]) -> list[dict]:
    return [{k: v for k, v in s.items() if k != "last_modified"} for s in services]


def _empty_map() -> None:
    Service.objects.all().delete()
    Location.objects.all().delete()
    Organisation.objects.all().delete()


def _import(doc, **options):
    data = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
    return import_bytes("services.json", data, Options(**options))


def _summary(report) -> dict:
    return {k: (c.created, c.changed, c.unchanged) for k, c in report.counts.items()}


def test_round_trip_json_gives_the_same_export(social_map):
    first = _export_services()
    _empty_map()
    report = _import(first, dry_run=False, publish=True)
    assert report.ok, report.issues
    assert report.written
    assert _summary(report) == {
        "organisation": (2, 0, 0),
        "location": (2, 0, 0),
        "service": (3, 0, 0),
    }
    assert _without_modified(_export_services()) == _without_modified(first)


def test_round_trip_tabular_gives_the_same_package(social_map):
    ctx = selectors.export_context()
    first = export.tables(_export_services(), ctx)
    package = export.package_bytes(first)
    _empty_map()
    report = import_bytes("datapackage.zip", package, Options(dry_run=False, publish=True))
    assert report.ok, report.issues
    again = export.tables(_export_services(), ctx)
    strip = lambda rows: sorted(  # noqa: E731
        json.dumps({k: v for k, v in r.items() if k != "last_modified"}, sort_keys=True)
        for r in rows
    )
    for table, rows in first.items():
        assert strip(again[table]) == strip(rows), table


def test_importing_twice_changes_nothing(social_map):
    doc = _export_services()
    report = _import(doc, dry_run=False, publish=True)
    assert report.ok, report.issues
    assert _summary(report) == {
        "organisation": (0, 0, 2),
        "location": (0, 0, 2),
        "service": (0, 0, 3),
    }
    assert report.changes == []
    _empty_map()
    _import(doc, dry_run=False)
    counts = (Service.objects.count(), Location.objects.count(), ExternalId.objects.count())
    again = _import(doc, dry_run=False)
    assert _summary(again) == {
        "organisation": (0, 0, 2),
        "location": (0, 0, 2),
        "service": (0, 0, 3),
    }
    assert (Service.objects.count(), Location.objects.count(), ExternalId.objects.count()) == counts


def test_dry_run_reports_and_writes_nothing(social_map):
    doc = _export_services()
    doc[0]["name"] = "Nieuwe naam"
    for service in doc:
        if service["organization_id"] == doc[0]["organization_id"]:
            service["organization"]["email"] = "nieuw@example.org"
    doc.append({**doc[1], "id": "7a1b2c3d-0000-4000-8000-000000000001", "name": "Extra dienst"})
    report = _import(doc, dry_run=True)
    assert report.ok, report.issues
    assert not report.written
    assert report.counts["service"].created == 1
    assert report.counts["service"].changed == 1
    assert report.counts["service"].unchanged == 2
    assert report.counts["organisation"].changed == 1
    assert ("service", "changed", "Nieuwe naam", "name") in report.changes
    assert ("organisation", "changed", doc[0]["organization"]["name"], "email") in [
        c for c in report.changes if c[0] == "organisation"
    ]
    assert not Service.objects.filter(name__in=["Nieuwe naam", "Extra dienst"]).exists()


def test_new_services_are_drafts_unless_published(social_map):
    doc = _export_services()
    _empty_map()
    _import(doc, dry_run=False)
    assert Service.objects.count() == 3
    assert not Service.objects.filter(live=True).exists()


def test_a_change_to_a_live_service_waits_as_a_draft(social_map):
    doc = _export_services()
    target = next(s for s in doc if s["name"] == "Maatjesproject")
    target["name"] = "Maatjesproject Weert"
    report = _import(doc, dry_run=False)
    assert report.ok, report.issues
    service = Service.objects.get(pk=social_map["radius"].pk)
    assert service.name == "Maatjesproject"
    assert service.live and service.has_unpublished_changes
    assert service.latest_revision.as_object().name == "Maatjesproject Weert"
    # The draft is what the next import compares with: nothing new.
    assert _import(doc, dry_run=False).counts["service"].unchanged == 3


def test_publish_applies_changes_to_the_live_service(social_map):
    doc = _export_services()
    target = next(s for s in doc if s["name"] == "Maatjesproject")
    target["name"] = "Maatjesproject Weert"
    _import(doc, dry_run=False, publish=True)
    service = Service.objects.get(pk=social_map["radius"].pk)
    assert service.name == "Maatjesproject Weert"
    assert service.live and not service.has_unpublished_changes


def test_organisation_is_matched_by_kvk_when_the_id_is_foreign(social_map):
    doc = _export_services()
    target = next(s for s in doc if s["name"] == "Maatjesproject")
    foreign = "11111111-2222-4333-8444-555555555555"
    target["organization"]["id"] = foreign
    target["organization_id"] = foreign
    for sal in target["service_at_locations"]:
        sal["location"]["organization_id"] = foreign
    report = import_bytes("services.json", json.dumps([target]).encode(), Options(dry_run=False))
    assert report.ok, report.issues
    assert report.counts["organisation"].unchanged == 1
    assert Organisation.objects.filter(kvk_number="41234567").count() == 1
    assert ExternalId.objects.filter(hsds_id=foreign).exists()


@pytest.mark.parametrize("publish", [False, True])
def test_import_command(social_map, tmp_path, publish):
    from io import StringIO

    from django.core.management import call_command

    path = tmp_path / "services.json"
    path.write_text(json.dumps(_export_services()))
    _empty_map()
    out = StringIO()
    args = [str(path)] + (["--publish"] if publish else [])
    call_command("import_hsds", *args, stdout=out)
    assert "service: 3 new, 0 changed, 0 unchanged" in out.getvalue()
    assert "3/3" in out.getvalue()
    assert Service.objects.filter(live=True).count() == (3 if publish else 0)


def test_one_id_with_two_contents_is_an_error(social_map):
    doc = _export_services()
    doc[0]["organization"]["email"] = "anders@example.org"
    report = _import(doc, dry_run=False)
    assert not report.ok
    assert [(i.file, i.row, i.field) for i in report.errors] == [("services.json", 2, "id")]
    assert "twee keer" in report.errors[0].message


def test_an_import_purges_cached_pages(social_map, django_capture_on_commit_callbacks):
    # Bulk writes send no save signals; the import itself makes cached pages and labels stale.
    doc = _export_services()
    _empty_map()
    before = generation()
    with django_capture_on_commit_callbacks(execute=True):
        assert _import(doc, dry_run=False, publish=True).ok
    after = generation()
    assert after > before
    with django_capture_on_commit_callbacks(execute=True):
        assert _import(doc, dry_run=True).ok
    assert generation() == after  # a dry run writes nothing, so nothing is purged
