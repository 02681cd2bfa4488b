"""The tabular HSDS form: nested objects to one table per object and back (no database)."""

import csv
import io
from collections.abc import Iterable

from directory.hsds.validation import schema

# Nested property -> object schema, so flattening and assembling need no guessing.
CHILD_SCHEMA = {
    "organization": "organization",
    "organizations": "organization",
    "location": "location",
    "locations": "location",
    "addresses": "address",
    "accessibility": "accessibility",
    "phones": "phone",
    "schedules": "schedule",
    "service_areas": "service_area",
    "service_at_locations": "service_at_location",
    "languages": "language",
    "attributes": "attribute",
    "taxonomy_term": "taxonomy_term",
    "taxonomy_detail": "taxonomy",
    "organization_identifiers": "organization_identifier",
    "contacts": "contact",
    "funding": "funding",
    "cost_options": "cost_option",
    "required_documents": "required_document",
    "program": "program",
    "programs": "program",
    "metadata": "metadata",
}
# The tables we write and read, in the order of HSDS's data package.
TABLES = (
    "organization",
    "organization_identifier",
    "service",
    "location",
    "service_at_location",
    "address",
    "phone",
    "schedule",
    "service_area",
    "language",
    "accessibility",
    "attribute",
    "taxonomy",
    "taxonomy_term",
)
# Child table -> (its column pointing at the parent, the parent's list property) when nesting.
PARENT_LINKS = {
    "organization_identifier": [("organization_id", "organization", "organization_identifiers")],
    "phone": [
        ("service_id", "service", "phones"),
        ("organization_id", "organization", "phones"),
        ("location_id", "location", "phones"),
    ],
    "schedule": [("service_id", "service", "schedules"), ("location_id", "location", "schedules")],
    "service_area": [("service_id", "service", "service_areas")],
    "language": [("service_id", "service", "languages"), ("location_id", "location", "languages")],
    "address": [("location_id", "location", "addresses")],
    "accessibility": [("location_id", "location", "accessibility")],
    "service_at_location": [("service_id", "service", "service_at_locations")],
}


def file_name(table: str) -> str:
    """The CSV file of a table as HSDS names it (services.csv, service_at_location.csv)."""
    return schema(f"{table}.json")["path"]


def scalar_columns(table: str) -> list[str]:
    """Columns of a table: the object's properties that are not lists or objects."""
    props = schema(f"{table}.json")["properties"]
    return [n for n, p in props.items() if p.get("type") in ("string", "number", "integer")]


def flatten(docs: Iterable[dict], root: str, extra: dict[str, list[dict]]) -> dict[str, list]:
    """Nested documents to rows per table; an object met twice (same id) is written once."""
    tables: dict[str, dict[str, dict]] = {t: {} for t in TABLES}

    def walk(obj: dict, table: str) -> None:
        row = {k: v for k, v in obj.items() if not isinstance(v, dict | list)}
        if table in tables:
            tables[table].setdefault(str(obj.get("id")), row)
        for key, value in obj.items():
            child = CHILD_SCHEMA.get(key)
            if child is None:
                continue
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict):
                    walk(item, child)

    for doc in docs:
        walk(doc, root)
    for table, rows in extra.items():
        for row in rows:
            walk(row, table)
    return {t: list(rows.values()) for t, rows in tables.items()}


def to_csv(table: str, rows: list[dict]) -> bytes:
    """One table as UTF-8 CSV with every column HSDS defines, in its order."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=scalar_columns(table), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8")


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


def _field(name: str, prop: dict, required: bool) -> dict:
    kind = prop.get("datapackage_type") or prop.get("type", "string")
    out = {"name": name, "type": kind, "description": prop.get("description", "")}
    if kind == "string" and prop.get("format") in ("uuid", "email", "uri"):
        out["format"] = prop["format"]
    if required:
        out["constraints"] = {"required": True}
    return out


def schema_required_fields(table: str) -> set[str]:
    """Fields a row of this table must have: HSDS's required plus tabular_required."""
    s = schema(f"{table}.json")
    return set(s.get("required", [])) | set(s.get("tabular_required", []))


def descriptor(*, title: str, license_name: str, license_url: str, created: str) -> dict:
    """The datapackage.json of our tabular export (Frictionless Data Package)."""
    resources = []
    for table in TABLES:
        props = schema(f"{table}.json")["properties"]
        required = schema_required_fields(table)
        fields = [_field(n, props[n], n in required) for n in scalar_columns(table)]
        resources.append(
            {
                "name": table,
                "path": file_name(table),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": fields, "primaryKey": "id"},
            }
        )
    return {
        "name": "steunwijzer-hsds",
        "title": title,
        "profile": "tabular-data-package",
        "created": created,
        "licenses": [{"name": license_name, "path": license_url}],
        "sources": [{"title": "Open Referral HSDS 3.0", "path": "https://openreferral.org/"}],
        "resources": resources,
    }


def assemble(tables: dict[str, list[dict]]) -> list[dict]:
    """Rows per table back to nested services, like the JSON export.

    Rows keep their `__origin__` (file, row), so later errors can name the CSV line.
    """
    by_id = {t: {str(r.get("id")): r for r in tables.get(t, [])} for t in TABLES}
    nested = {t: {i: dict(r) for i, r in rows.items()} for t, rows in by_id.items()}
    for table, links in PARENT_LINKS.items():
        for row in nested[table].values():
            for column, parent, prop in links:
                owner = nested[parent].get(str(row.get(column, "")))
                if owner is not None:
                    owner.setdefault(prop, []).append(row)
                    break
    for sal in nested["service_at_location"].values():
        location = nested["location"].get(str(sal.get("location_id", "")))
        if location is not None:
            sal["location"] = location
    terms = nested["taxonomy_term"]
    for term in terms.values():
        taxonomy = nested["taxonomy"].get(str(term.get("taxonomy_id", "")))
        if taxonomy is not None:
            term["taxonomy_detail"] = taxonomy
    entities = {
        "service": nested["service"],
        "organization": nested["organization"],
        "location": nested["location"],
        "accessibility": nested["accessibility"],
    }
    for attr in nested["attribute"].values():
        term = terms.get(str(attr.get("taxonomy_term_id", "")))
        if term is not None:
            attr["taxonomy_term"] = term
        for rows in entities.values():
            owner = rows.get(str(attr.get("link_id", "")))
            if owner is not None:
                owner.setdefault("attributes", []).append(attr)
                break
    services = []
    for service in nested["service"].values():
        org = nested["organization"].get(str(service.get("organization_id", "")))
        if org is not None:
            service["organization"] = org
        services.append(service)
    return services


def typed_row(table: str, raw: dict) -> tuple[dict, list[tuple[str, str]]]:
    """A CSV row as JSON types: numbers parsed, empty cells left out unless required.

    Returns the row and (column, problem) pairs for cells that cannot be what HSDS says.
    """
    from django.utils.translation import gettext as _

    props = schema(f"{table}.json")["properties"]
    required = schema_required_fields(table)
    row: dict = {}
    issues: list[tuple[str, str]] = []
    for column, cell in raw.items():
        if column not in props or not isinstance(column, str):
            continue
        value = (cell or "").strip() if isinstance(cell, str) else ""
        if value == "":
            if column in required:
                row[column] = ""
                # Only a description may be empty; HSDS demands the column, not the text.
                if column != "description":
                    issues.append((column, _("Dit verplichte veld is leeg.")))
            continue
        if props[column].get("type") == "number":
            try:
                number = float(value.replace(",", ".") if value.count(",") == 1 else value)
            except ValueError:
                issues.append((column, _("Hier hoort een getal.")))
                continue
            row[column] = int(number) if number.is_integer() and "." not in value else number
        else:
            row[column] = value
    return row, issues
