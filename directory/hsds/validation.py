"""Validate documents against the shipped HSDS 3.0 schemas, with messages in plain Dutch."""

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
# Where the relative $refs of the shipped schemas resolve; never fetched.
BASE_URI = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"

FORMATS = FormatChecker(formats=("email", "uuid", "date"))


@FORMATS.checks("uri", raises=ValueError)
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlparse(value)
    return bool(parts.scheme and (parts.netloc or parts.scheme in ("mailto", "tel", "urn")))


@FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return "T" in value


@dataclass(frozen=True)
class Problem:
    """One schema error: where in the document (a JSON path) and what, in Dutch."""

    path: str
    message: str


def schema(name: str) -> dict:
    """A shipped schema by file name, e.g. "service.json" or "compiled/tabular.json"."""
    return _load(name)


@cache
def _load(name: str) -> dict:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    resources = []
    for path in [*SCHEMA_DIR.glob("*.json"), *SCHEMA_DIR.glob("compiled/*.json")]:
        name = path.relative_to(SCHEMA_DIR).as_posix()
        if name == "openapi.json":
            continue
        contents = _load(name)
        resources.append(
            (BASE_URI + name, Resource.from_contents(contents, default_specification=DRAFT202012))
        )
    return Registry().with_resources(resources)


@cache
def validator(name: str) -> Draft202012Validator:
    """A validator for one schema with every reference resolved offline."""
    root = {"$id": BASE_URI + name, **_load(name)}
    return Draft202012Validator(root, registry=_registry(), format_checker=FORMATS)


@cache
def tabular_validator(table: str) -> Draft202012Validator:
    """A validator for one row of one CSV table (the object's schema without $refs)."""
    row_schema = _load("compiled/tabular.json")["properties"][table]["items"]
    return Draft202012Validator(row_schema, format_checker=FORMATS)


def path_of(error: ValidationError) -> str:
    """A readable JSON path such as service_at_locations[0].location.name."""
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def problems(doc: Any, name: str, *, limit: int = 50) -> list[Problem]:
    """Schema errors of a document against a named schema, at most `limit`."""
    found = []
    for error in validator(name).iter_errors(doc):
        found.append(Problem(path_of(error), dutch_message(error)))
        if len(found) >= limit:
            break
    return found


def row_problems(row: dict, table: str) -> list[Problem]:
    """Schema errors of one tabular row (already converted to JSON types)."""
    errors = tabular_validator(table).iter_errors(row)
    return [Problem(path_of(e), dutch_message(e)) for e in errors]


def fast_row_problems(row: dict, table: str) -> list[Problem]:
    """The same as row_problems with the fast walk below (imports of large packages)."""
    found: list[Problem] = []
    _walk(row, _load("compiled/tabular.json")["properties"][table]["items"], "", found, 50)
    return found


def dutch_message(error: ValidationError) -> str:
    """The error in plain Dutch; the schema's English text is not for editors."""
    kind = error.validator
    if kind == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else ""
        return _message("required", missing)
    return _message(kind, error.validator_value)


def _message(kind: str, detail) -> str:
    if kind == "required":
        return _("Dit verplichte veld ontbreekt: %(field)s.") % {"field": detail}
    if kind == "type":
        expected = {
            "string": _("tekst"),
            "number": _("een getal"),
            "integer": _("een heel getal"),
            "array": _("een lijst"),
            "object": _("een object"),
            "boolean": _("ja of nee"),
        }.get(str(detail), str(detail))
        return _("Hier hoort %(expected)s.") % {"expected": expected}
    if kind == "enum":
        allowed = ", ".join(str(v) for v in detail)
        return _("Deze waarde kennen we niet. Kies uit: %(allowed)s.") % {"allowed": allowed}
    if kind == "format":
        return _("Deze waarde heeft niet de goede vorm (%(format)s).") % {"format": detail}
    return _("Deze waarde klopt niet met de HSDS-standaard (%(rule)s).") % {"rule": kind}


# --- A fast path for imports -------------------------------------------------------------
# jsonschema takes about 5 ms per nested service (most of it resolving $refs), which is 50 s
# for 10,000 services. The shipped object schemas use only the keywords below, so a direct walk
# gives the same verdict in a fraction of the time; tests/hsds/test_validation.py checks both
# that the schemas use nothing else and that both validators agree.
KEYWORDS = {"type", "properties", "required", "items", "enum", "format", "$ref"}
ANNOTATIONS = {
    "name",
    "title",
    "description",
    "constraints",
    "example",
    "core",
    "path",
    "datapackage_metadata",
    "datapackage_type",
    "tabular_required",
}
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
TYPES = {
    "string": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "boolean": lambda v: isinstance(v, bool),
}


def fast_problems(doc: Any, name: str, *, limit: int = 50) -> list[Problem]:
    """The same errors as problems() for the shipped object schemas, found much faster."""
    found: list[Problem] = []
    _walk(doc, _load(name), "", found, limit)
    return found


def _conforms(value: str, fmt: str) -> bool:
    if fmt == "uuid":
        return bool(UUID.match(value))
    return FORMATS.conforms(value, fmt)


def _walk(value: Any, node: dict, path: str, found: list[Problem], limit: int) -> None:
    if len(found) >= limit:
        return
    if "$ref" in node:
        _walk(value, _load(node["$ref"]), path, found, limit)
    kind = node.get("type")
    if kind is not None and not TYPES[kind](value):
        found.append(Problem(path, _message("type", kind)))
        return
    if "enum" in node and value not in node["enum"]:
        found.append(Problem(path, _message("enum", node["enum"])))
    if "format" in node and isinstance(value, str) and not _conforms(value, node["format"]):
        found.append(Problem(path, _message("format", node["format"])))
    if isinstance(value, dict) and "properties" in node:
        for key in node.get("required", ()):
            if key not in value:
                found.append(Problem(path, _message("required", key)))
        for key, child in node["properties"].items():
            if key in value:
                _walk(value[key], child, f"{path}.{key}" if path else key, found, limit)
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            _walk(item, node["items"], f"{path}[{i}]", found, limit)
