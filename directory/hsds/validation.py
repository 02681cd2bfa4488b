"""Validate documents against the shipped HSDS 3.0 schemas, with messages in plain Dutch."""

import datetime as dt
import json
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


def dutch_message(error: ValidationError) -> str:
    """The error in plain Dutch; the schema's English text is not for editors."""
    kind = error.validator
    if kind == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else ""
        return _("Dit verplichte veld ontbreekt: %(field)s.") % {"field": missing}
    if kind == "type":
        expected = {
            "string": _("tekst"),
            "number": _("een getal"),
            "integer": _("een heel getal"),
            "array": _("een lijst"),
            "object": _("een object"),
            "boolean": _("ja of nee"),
        }.get(str(error.validator_value), str(error.validator_value))
        return _("Hier hoort %(expected)s.") % {"expected": expected}
    if kind == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return _("Deze waarde kennen we niet. Kies uit: %(allowed)s.") % {"allowed": allowed}
    if kind == "format":
        return _("Deze waarde heeft niet de goede vorm (%(format)s).") % {
            "format": error.validator_value
        }
    return _("Deze waarde klopt niet met de HSDS-standaard (%(rule)s).") % {"rule": kind}
