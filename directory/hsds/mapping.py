"""Our records to HSDS 3.0 objects (pure; the way back is in directory.hsds.parsing)."""

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from directory.hsds.ids import child_id
from directory.hsds.records import DayException, Hours, LocationRecord, OrgRecord, Place
from directory.hsds.records import ServiceRecord as Svc
from directory.hsds.taxonomy import (
    ACCESSIBILITY,
    ACCESSIBILITY_FEATURES,
    FLAG,
    GROUP_TEXTS,
    LIFE_DOMAIN,
    ORGANISATION_FLAGS,
    SERVICE_FLAGS,
    SUPPORT_LINE,
    TARGET_GROUP,
    Taxonomy,
    Term,
    taxonomy_id_of,
)

HSDS_VERSION = "3.0"
COUNTRY = "NL"
KVK_SCHEME = "NL-KVK"  # org-id.guide code of the Dutch Chamber of Commerce register
TOOI_MUNICIPALITY = "https://identifier.overheid.nl/tooi/id/gemeente/"
EXTENT_CBS = "cbs_gemeentecode"
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
STATUS_OUT = {"active": "active", "temporarily_closed": "temporarily closed", "ended": "inactive"}
# The short description travels as the first paragraph of HSDS's single description.
PARAGRAPH = "\n\n"


@dataclass(frozen=True)
class ExportContext:
    """What the mapping needs to name things: our taxonomy, places, languages, API address."""

    taxonomy: Taxonomy
    places: Mapping[str, Place]
    language_names: Mapping[str, str]
    api_url: str = ""


def _clean(obj: dict) -> dict:
    """Leave out optional values we do not have; HSDS types do not allow null."""
    return {k: v for k, v in obj.items() if v not in (None, "", [])}


def _time(value: dt.time) -> str:
    return value.strftime("%H:%M")


def taxonomy_to_hsds(group: str, ctx: ExportContext) -> dict:
    """One of our taxonomies as an HSDS taxonomy."""
    name, description = GROUP_TEXTS[group]
    tax_id = taxonomy_id_of(group)
    return _clean(
        {
            "id": tax_id,
            "name": name,
            "description": description,
            "uri": f"{ctx.api_url}taxonomies/{tax_id}" if ctx.api_url else "",
            "version": "1",
        }
    )


def term_to_hsds(term: Term, ctx: ExportContext, *, nested: bool = False) -> dict:
    """A term as an HSDS taxonomy_term, with its taxonomy inside when nested."""
    obj = {
        "id": term.id,
        "code": term.code,
        "name": term.name_nl,
        "description": term.name_en,
        "taxonomy": GROUP_TEXTS[term.group][0],
        "language": "nl",
        "taxonomy_id": taxonomy_id_of(term.group),
        "term_uri": f"{ctx.api_url}taxonomy_terms/{term.id}" if ctx.api_url else "",
    }
    if nested:
        obj["taxonomy_detail"] = taxonomy_to_hsds(term.group, ctx)
    return _clean(obj)


def _term_in_attribute(term: Term) -> dict:
    """A term inside an attribute: only what identifies it, as the full one is published."""
    return {
        "id": term.id,
        "code": term.code,
        "name": term.name_nl,
        "description": term.name_en,
        "taxonomy": GROUP_TEXTS[term.group][0],
        "taxonomy_id": taxonomy_id_of(term.group),
    }


def _attribute(link_id: str, entity: str, term: Term, ctx: ExportContext, value: str = "") -> dict:
    return _clean(
        {
            "id": child_id(link_id, f"attribute:{term.group}:{term.code}"),
            "link_id": link_id,
            "link_type": term.group,
            "link_entity": entity,
            "taxonomy_term_id": term.id,
            "value": value,
            "taxonomy_term": _term_in_attribute(term),
        }
    )


def flag_defaults(record) -> dict[str, bool]:
    """What a flag is when no attribute says otherwise, from HSDS's own fields.

    Shared with the import, so an export only carries the flags that differ from this.
    """
    if isinstance(record, OrgRecord):
        return {}
    return {
        "is_free": not record.cost_description,
        "offers_phone": bool(record.phone),
        "offers_email": bool(record.email),
    }


def _flag_attributes(link_id: str, entity: str, record, flags, ctx: ExportContext) -> list[dict]:
    out = []
    defaults = flag_defaults(record)
    for code, field_name, _nl, _en in flags:
        term = ctx.taxonomy.term(FLAG, code)
        value = getattr(record, field_name)
        if term is not None and value != defaults.get(field_name, False):
            out.append(_attribute(link_id, entity, term, ctx, "true" if value else "false"))
    return out


def _phone(owner_key: str, owner_id: str, number: str) -> list[dict]:
    if not number:
        return []
    return [
        {"id": child_id(owner_id, "phone"), owner_key: owner_id, "number": number, "type": "voice"}
    ]


def organisation_to_hsds(org: OrgRecord, ctx: ExportContext) -> dict:
    """An organisation as an HSDS organization (without its locations)."""
    identifiers = []
    if org.kvk_number:
        identifiers.append(
            {
                "id": child_id(org.hsds_id, "kvk"),
                "organization_id": org.hsds_id,
                "identifier_scheme": KVK_SCHEME,
                "identifier_type": "KvK-nummer",
                "identifier": org.kvk_number,
            }
        )
    obj = _clean(
        {
            "id": org.hsds_id,
            "name": org.name,
            "email": org.email,
            "website": org.website,
            "phones": _phone("organization_id", org.hsds_id, org.phone),
            "organization_identifiers": identifiers,
            "attributes": _flag_attributes(
                org.hsds_id, "organization", org, ORGANISATION_FLAGS, ctx
            ),
        }
    )
    # Required by HSDS even when we have none.
    return {"id": org.hsds_id, "name": org.name, "description": org.description, **obj}


def _weekly(loc_id: str, hours: Hours) -> dict:
    day = DAYS[hours.weekday]
    span = f"{_time(hours.opens)}-{_time(hours.closes)}"
    return {
        "id": child_id(loc_id, f"schedule:{day}:{span}"),
        "location_id": loc_id,
        "freq": "WEEKLY",
        "wkst": "MO",
        "byday": day,
        "opens_at": _time(hours.opens),
        "closes_at": _time(hours.closes),
        "description": f"{DAY_NAMES[hours.weekday]} {span} (Nederlandse tijd)",
    }


def _exception(loc_id: str, exc: DayException) -> dict:
    last = exc.end_date or exc.start_date
    return _clean(
        {
            "id": child_id(loc_id, f"exception:{exc.start_date.isoformat()}"),
            "location_id": loc_id,
            "valid_from": exc.start_date.isoformat(),
            "valid_to": last.isoformat(),
            "dtstart": exc.start_date.isoformat(),
            "opens_at": "" if exc.is_closed or exc.opens is None else _time(exc.opens),
            "closes_at": "" if exc.is_closed or exc.closes is None else _time(exc.closes),
            "description": "Gesloten" if exc.is_closed else "Andere openingstijden",
            "notes": exc.note,
        }
    )


def location_to_hsds(loc: LocationRecord, ctx: ExportContext) -> dict:
    """A location with its address, accessibility and opening hours."""
    place = ctx.places.get(loc.municipality_code)
    address = _clean(
        {
            "id": child_id(loc.hsds_id, "address"),
            "location_id": loc.hsds_id,
            "address_1": loc.street_address,
            "city": loc.city,
            "region": place.name if place else "",
        }
    )
    address.update(
        {
            "state_province": place.province if place else "",
            "postal_code": loc.postcode,
            "country": COUNTRY,
            "address_type": "physical",
        }
    )
    accessibility = []
    for code, field_name, _nl, _en in ACCESSIBILITY_FEATURES:
        term = ctx.taxonomy.term(ACCESSIBILITY, code)
        if term is not None and getattr(loc, field_name):
            acc_id = child_id(loc.hsds_id, f"accessibility:{code}")
            accessibility.append(
                {
                    "id": acc_id,
                    "location_id": loc.hsds_id,
                    "description": term.name_nl,
                    "details": code,
                    "attributes": [_attribute(acc_id, "accessibility", term, ctx)],
                }
            )
    schedules = [_weekly(loc.hsds_id, h) for h in sorted(loc.hours, key=_hours_key)]
    schedules += [_exception(loc.hsds_id, e) for e in sorted(loc.exceptions, key=_exc_key)]
    return _clean(
        {
            "id": loc.hsds_id,
            "location_type": "physical",
            "organization_id": loc.organisation_id,
            "name": loc.name,
            "latitude": loc.latitude,
            "longitude": loc.longitude,
            "addresses": [address],
            "accessibility": accessibility,
            "schedules": schedules,
        }
    )


def _hours_key(h: Hours):
    return (h.weekday, h.opens, h.closes)


def _exc_key(e: DayException):
    return (e.start_date, e.end_date or e.start_date)


def _service_areas(svc: Svc, centre: LocationRecord | None, ctx: ExportContext) -> list[dict]:
    if svc.area_type == "radius":
        if centre is None or centre.latitude is None or not svc.area_radius_km:
            return []
        # GeoJSON has no circle: a point feature that carries its radius.
        extent = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [centre.longitude, centre.latitude]},
            "properties": {"radius_km": svc.area_radius_km, "location_id": centre.hsds_id},
        }
        return [
            {
                "id": child_id(svc.hsds_id, "area:radius"),
                "service_id": svc.hsds_id,
                "name": f"{svc.area_radius_km} km rond {centre.name}",
                "extent": json.dumps(extent, separators=(",", ":")),
                "extent_type": "geojson",
            }
        ]
    areas = []
    for code in sorted(svc.area_municipalities):
        place = ctx.places.get(code)
        name = place.name if place else code
        areas.append(
            {
                "id": child_id(svc.hsds_id, f"area:{code}"),
                "service_id": svc.hsds_id,
                "name": name,
                "description": f"Gemeente {name}",
                "extent": code,
                "extent_type": EXTENT_CBS,
                "uri": TOOI_MUNICIPALITY + code.lower(),
            }
        )
    return areas


def _service_attributes(svc: Svc, ctx: ExportContext) -> list[dict]:
    pairs = [(SUPPORT_LINE, svc.support_line)]
    pairs += [(LIFE_DOMAIN, code) for code in sorted(svc.life_domains)]
    pairs += [(TARGET_GROUP, code) for code in sorted(svc.target_groups)]
    terms = [ctx.taxonomy.term(group, code) for group, code in pairs]
    out = [_attribute(svc.hsds_id, "service", t, ctx) for t in terms if t is not None]
    return out + _flag_attributes(svc.hsds_id, "service", svc, SERVICE_FLAGS, ctx)


def service_to_hsds(
    svc: Svc,
    org: OrgRecord,
    locations: Mapping[str, LocationRecord],
    ctx: ExportContext,
    *,
    nested: bool = True,
) -> dict:
    """A service as HSDS: fully nested, or only its one-to-one fields for lists."""
    description = svc.short_description
    if svc.description:
        description += PARAGRAPH + svc.description
    obj = {
        "id": svc.hsds_id,
        "organization_id": svc.organisation_id,
        "name": svc.name,
        "description": description,
        "url": svc.website,
        "email": svc.email,
        "status": STATUS_OUT.get(svc.status, "active"),
        "application_process": svc.how_to_apply,
        "fees_description": svc.cost_description,
        "eligibility_description": svc.eligibility,
        "minimum_age": svc.min_age,
        "maximum_age": svc.max_age,
        "assured_date": svc.last_verified_on.isoformat() if svc.last_verified_on else "",
        "last_modified": svc.last_modified.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
        if svc.last_modified
        else "",
        "organization": organisation_to_hsds(org, ctx),
    }
    if nested:
        at = [locations[i] for i in sorted(svc.location_ids) if i in locations]
        obj.update(
            {
                "phones": _phone("service_id", svc.hsds_id, svc.phone),
                "service_areas": _service_areas(svc, locations.get(svc.area_centre_id), ctx),
                "service_at_locations": [
                    {
                        "id": child_id(svc.hsds_id, f"at:{loc.hsds_id}"),
                        "service_id": svc.hsds_id,
                        "location_id": loc.hsds_id,
                        "location": location_to_hsds(loc, ctx),
                    }
                    for loc in at
                ],
                "languages": [
                    {
                        "id": child_id(svc.hsds_id, f"language:{code}"),
                        "service_id": svc.hsds_id,
                        "name": ctx.language_names.get(code, code),
                        "code": code,
                    }
                    for code in sorted(svc.languages)
                ],
                "attributes": _service_attributes(svc, ctx),
            }
        )
    return _clean(obj)
