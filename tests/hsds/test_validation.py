"""The fast schema walk used by imports agrees with jsonschema on the shipped schemas."""

import copy
import json

import pytest

from directory.hsds import export, selectors, validation


def _keywords(node, found: set[str]) -> None:
    if isinstance(node, dict):
        found.update(node)
        for child in node.get("properties", {}).values():
            _keywords(child, found)
        if "items" in node:
            _keywords(node["items"], found)


def test_the_object_schemas_use_only_keywords_the_fast_walk_knows():
    found: set[str] = set()
    for path in validation.SCHEMA_DIR.glob("*.json"):
        if path.name != "openapi.json":
            _keywords(json.loads(path.read_text()), found)
    assert found - validation.ANNOTATIONS <= validation.KEYWORDS


def _mutations(doc: dict) -> list[dict]:
    out = []
    for change in (
        lambda d: d.pop("name"),
        lambda d: d.update(status="open"),
        lambda d: d.update(id="not-a-uuid"),
        lambda d: d.update(minimum_age="achttien"),
        lambda d: d.update(organization=3),
        lambda d: d["service_at_locations"][0]["location"].update(latitude="51,2"),
        lambda d: d["service_at_locations"][0]["location"]["addresses"][0].pop("city"),
        lambda d: d["attributes"][0].update(taxonomy_term={"id": "x"}),
        lambda d: d.update(email="geen e-mail"),
        lambda d: d.update(url="niet/een/adres"),
        lambda d: d.update(last_modified="gisteren"),
        lambda d: d.update(languages="nl"),
        lambda d: d.update(minimum_age=True),
    ):
        changed = copy.deepcopy(doc)
        change(changed)
        out.append(changed)
    return out


@pytest.mark.django_db
def test_fast_walk_and_jsonschema_find_the_same_errors(social_map):
    services = list(export.iter_services(selectors.export_context()))
    doc = next(s for s in services if s["service_at_locations"])
    for valid in services:
        assert validation.fast_problems(valid, "service.json") == []
    for broken in _mutations(doc):
        slow = validation.problems(broken, "service.json")
        fast = validation.fast_problems(broken, "service.json")
        assert slow, broken
        assert sorted(slow, key=repr) == sorted(fast, key=repr)


@pytest.mark.django_db
def test_fast_row_walk_agrees_with_jsonschema(social_map):
    from directory.hsds import tabular

    ctx = selectors.export_context()
    tables = export.tables(list(export.iter_services(ctx)), ctx)
    for table, rows in tables.items():
        for row in rows:
            assert validation.fast_row_problems(row, table) == []
            assert validation.row_problems(row, table) == []
    broken = [
        ("service", {**tables["service"][0], "status": "open", "minimum_age": "x"}),
        ("location", {"id": "nope", "location_type": "physical", "latitude": "51"}),
        ("address", {"id": tables["address"][0]["id"]}),
    ]
    for table, row in broken:
        slow = sorted(validation.row_problems(row, table), key=repr)
        assert slow and slow == sorted(validation.fast_row_problems(row, table), key=repr)
    assert tabular.TABLES
