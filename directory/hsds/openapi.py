"""Our OpenAPI document: HSDS's description with our title, licence, contact and paths."""

import copy
import json
from functools import cache

from django.conf import settings

from directory.hsds.validation import BASE_URI, SCHEMA_DIR

# The paths we serve; HSDS's service_at_locations are not offered (yet).
PATHS = (
    "/",
    "/services",
    "/services/{id}",
    "/organizations",
    "/organizations/{id}",
    "/taxonomies",
    "/taxonomies/{id}",
    "/taxonomy_terms",
    "/taxonomy_terms/{id}",
)
# HSDS parameters we do not support are left out, so the document only promises what we do.
UNSUPPORTED = {"minimal", "format", "full_service"}
# compiled/service.json and compiled/organization.json are the per-object schemas inlined.
SCHEMA_NAMES = {
    "compiled/service.json": "service.json",
    "compiled/organization.json": "organization.json",
}
MUNICIPALITY = {
    "name": "municipality",
    "in": "query",
    "required": False,
    "description": "CBS code of a Dutch municipality (GM0988): services that work there.",
    "schema": {"type": "string", "pattern": "^GM[0-9]{4}$"},
}
ERRORS = {
    "400": "A parameter has a wrong value; the message says which.",
    "404": "No published, active object with this id.",
    "429": "Too many requests from this address; try again after Retry-After seconds.",
}


@cache
def _upstream() -> dict:
    return json.loads((SCHEMA_DIR / "openapi.json").read_text(encoding="utf-8"))


def schema_names() -> set[str]:
    """The schema files we serve under schema/."""
    names = {p.name for p in SCHEMA_DIR.glob("*.json")}
    names |= {f"compiled/{p.name}" for p in SCHEMA_DIR.glob("compiled/*.json")}
    return names - {"openapi.json"}


def _rewrite_refs(node, schema_url: str):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(BASE_URI):
            name = ref.removeprefix(BASE_URI)
            node["$ref"] = schema_url + SCHEMA_NAMES.get(name, name)
        for value in node.values():
            _rewrite_refs(value, schema_url)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, schema_url)


def document(api_url: str) -> dict:
    """The OpenAPI 3.1 document of /api/hsds/ (api_url is its absolute address, with slash)."""
    doc = copy.deepcopy(_upstream())
    contact = {"name": settings.HSDS_CONTACT_NAME, "email": settings.HSDS_CONTACT_EMAIL}
    if settings.HSDS_CONTACT_URL:
        contact["url"] = settings.HSDS_CONTACT_URL
    doc["info"] = {
        "title": settings.HSDS_API_TITLE,
        "version": "1.0.0",
        "summary": "Read-only HSDS 3.0 API of the published social map.",
        "description": (
            "Services, organisations and taxonomies of the social map (sociale kaart) in Open "
            "Referral HSDS 3.0 form: only published, active data; JSON only; read-only; "
            f"rate-limited to {settings.HSDS_API_RATE_LIMIT} requests per "
            f"{settings.HSDS_API_RATE_WINDOW} seconds per client. The schemas are Open "
            "Referral's (CC BY-SA 4.0, https://openreferral.org/)."
        ),
        "contact": contact,
        "license": {"name": settings.HSDS_LICENSE_NAME, "url": settings.HSDS_LICENSE_URL},
    }
    doc["servers"] = [{"url": api_url.rstrip("/")}]
    doc["paths"] = {p: doc["paths"][p] for p in PATHS}
    for item in doc["paths"].values():
        operation = item["get"]
        operation["parameters"] = [
            p
            for p in operation.get("parameters", [])
            if p.get("$ref", "").rsplit("/", 1)[-1] not in UNSUPPORTED
            and p.get("name") not in UNSUPPORTED
        ]
        operation["responses"].update(
            {code: {"description": text} for code, text in ERRORS.items()}
        )
    services = doc["paths"]["/services"]["get"]["parameters"]
    services += [
        MUNICIPALITY,
        {"$ref": "#/components/parameters/postcode"},
        {"$ref": "#/components/parameters/proximity"},
    ]
    for name in UNSUPPORTED:
        doc["components"]["parameters"].pop(name, None)
    _rewrite_refs(doc, api_url + "schema/")
    return doc
