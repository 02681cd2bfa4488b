"""HSDS 3.0 objects to our records (pure): the way back of directory.hsds.mapping.

Problems go to the report with the file, row and field they came from. Terms we do not know
are reported and left out, never invented.
"""

import json
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from directory.hsds.mapping import KVK_SCHEME, PARAGRAPH, flag_defaults
from directory.hsds.parse_base import (
    CBS_CODE,
    ISO639_2,
    SHORT_MAX,
    STATUS_IN,
    ImportContext,
    _date,
    _flags,
    _list,
    _term_of,
    _text,
    _unknown_term,
)
from directory.hsds.parse_location import parse_location
from directory.hsds.records import LocationRecord, OrgRecord, ServiceRecord
from directory.hsds.report import Report, Where
from directory.hsds.taxonomy import (
    CLASSIFICATIONS,
    FLAG,
    LIFE_DOMAIN,
    ORGANISATION_FLAGS,
    SERVICE_FLAGS,
    SUPPORT_LINE,
    TARGET_GROUP,
    _norm,
)

__all__ = ["ImportContext", "Parsed", "parse_location", "parse_organisation", "parse_service"]


@dataclass(frozen=True)
class Parsed:
    """One service with the organisation and locations that came with it."""

    service: ServiceRecord
    organisation: OrgRecord | None
    locations: tuple[LocationRecord, ...]
    where: Where
    location_wheres: tuple[Where, ...] = ()


def parse_organisation(obj: dict, where: Where, ctx: ImportContext, report: Report) -> OrgRecord:
    """An HSDS organization as our record."""
    where = where.child(obj)
    kvk = ""
    for i, ident in enumerate(_list(obj, "organization_identifiers")):
        scheme = _text(ident, "identifier_scheme").upper()
        if scheme == KVK_SCHEME or "kvk" in _text(ident, "identifier_type").lower():
            kvk = re.sub(r"\D", "", _text(ident, "identifier"))
            if len(kvk) != 8:
                at = where.child(ident, "organization_identifiers", i)
                report.error(
                    at.file,
                    at.row,
                    at.field("identifier"),
                    _("Een KvK-nummer heeft precies 8 cijfers."),
                )
    phones = _list(obj, "phones")
    return OrgRecord(
        hsds_id=str(obj.get("id", "")),
        name=_text(obj, "name"),
        description=_text(obj, "description"),
        website=_text(obj, "website"),
        email=_text(obj, "email"),
        phone=_text(phones[0], "number") if phones else "",
        kvk_number=kvk,
        **_flags(obj, where, ctx, ORGANISATION_FLAGS, report),
    )


def _areas(svc: dict, where: Where, ctx: ImportContext, report: Report) -> dict:
    codes, radius = set(), None
    for i, area in enumerate(_list(svc, "service_areas")):
        at = where.child(area, "service_areas", i)
        extent = _text(area, "extent")
        if _text(area, "extent_type") == "geojson":
            try:
                props = json.loads(extent).get("properties") or {}
                radius = (int(props["radius_km"]), str(props.get("location_id", "")))
                continue
            except (ValueError, TypeError, KeyError, AttributeError):
                pass
        found = next(
            (
                f"GM{m.group(1)}"
                for text in (extent, _text(area, "uri")[-6:])
                if (m := CBS_CODE.search(text)) and f"GM{m.group(1)}" in ctx.municipalities
            ),
            ctx.municipalities.get(_norm(_text(area, "name")), ""),
        )
        if found:
            codes.add(found)
        else:
            report.warn(
                at.file,
                at.row,
                at.field("name"),
                _("Werkgebied '%(name)s' kennen we niet: niet overgenomen.")
                % {"name": _text(area, "name") or extent[:40]},
            )
    if radius is not None:
        return {"area_type": "radius", "area_radius_km": radius[0], "area_centre_id": radius[1]}
    return {"area_type": "municipalities", "area_municipalities": tuple(sorted(codes))}


def _description(text: str) -> tuple[str, str]:
    """Our short description and rich description, from HSDS's single description."""
    short, _sep, rest = text.partition(PARAGRAPH)
    if len(short) <= SHORT_MAX:
        return short.strip(), rest.strip()
    cut = short[:SHORT_MAX].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    paragraphs = [p.strip() for p in text.split(PARAGRAPH) if p.strip()]
    return cut, "".join(f"<p>{p}</p>" if not p.startswith("<") else p for p in paragraphs)


def _age(value: object) -> int | None:
    return int(value) if isinstance(value, int | float) and float(value).is_integer() else None


def _classification(svc: dict, where: Where, ctx: ImportContext, report: Report) -> dict:
    found: dict[str, list[str]] = {group: [] for group in CLASSIFICATIONS}
    for i, attr in enumerate(_list(svc, "attributes")):
        term = _term_of(attr, ctx, (*CLASSIFICATIONS, FLAG))
        if term is None:
            at = where.child(attr, "attributes", i)
            _unknown_term(attr, Where(at.file, at.row, at.field("taxonomy_term_id")), report)
        elif term.group in found and term.code not in found[term.group]:
            found[term.group].append(term.code)
    lines = found[SUPPORT_LINE]
    if not lines:
        report.error(
            where.file,
            where.row,
            where.field("attributes"),
            _("Geen ondersteuningslijn: geef een term uit 'Steunwijzer ondersteuningslijnen'."),
        )
    elif len(lines) > 1:
        report.error(
            where.file,
            where.row,
            where.field("attributes"),
            _("Meer dan één ondersteuningslijn: %(lines)s. Kies er één.")
            % {"lines": ", ".join(lines)},
        )
    return {
        "support_line": lines[0] if lines else "",
        "life_domains": tuple(sorted(found[LIFE_DOMAIN])),
        "target_groups": tuple(sorted(found[TARGET_GROUP])),
    }


def _languages(svc: dict, where: Where, ctx: ImportContext, report: Report) -> tuple[str, ...]:
    codes = set()
    for i, lang in enumerate(_list(svc, "languages")):
        code = _text(lang, "code").lower()
        code = ISO639_2.get(code, code)
        found = ctx.languages.get(code) or ctx.languages.get(_norm(_text(lang, "name")))
        if found:
            codes.add(found)
        else:
            at = where.child(lang, "languages", i)
            report.warn(
                at.file,
                at.row,
                at.field("code"),
                _("Taal '%(lang)s' kennen we niet: niet overgenomen.")
                % {"lang": _text(lang, "name") or code},
            )
    return tuple(sorted(codes))


def parse_service(svc: dict, where: Where, ctx: ImportContext, report: Report) -> Parsed:
    """A nested HSDS service as our records; problems go to the report."""
    where = where.child(svc)
    org_raw = svc.get("organization")
    org = (
        parse_organisation(org_raw, where.at("organization"), ctx, report)
        if isinstance(org_raw, dict)
        else None
    )
    org_id = str(svc.get("organization_id") or (org.hsds_id if org else ""))
    locations, location_ids, wheres = [], [], []
    for i, sal in enumerate(_list(svc, "service_at_locations")):
        at = where.child(sal, "service_at_locations", i)
        loc_raw = sal.get("location")
        loc_id = str(sal.get("location_id") or (loc_raw or {}).get("id", ""))
        if isinstance(loc_raw, dict):
            loc_at = at.child(loc_raw, "location")
            loc = parse_location(loc_raw, org_id, loc_at, ctx, report)
            if loc is not None:
                locations.append(loc)
                wheres.append(loc_at)
        if loc_id:
            location_ids.append(loc_id)
    short, long = _description(_text(svc, "description"))
    phones = _list(svc, "phones")
    flags = _flags(svc, where, ctx, SERVICE_FLAGS, report)
    fees = _text(svc, "fees_description")
    phone, email = (_text(phones[0], "number") if phones else ""), _text(svc, "email")
    defaults = flag_defaults(
        ServiceRecord("", "", "", "", "", cost_description=fees, phone=phone, email=email)
    )
    status = STATUS_IN.get(_text(svc, "status"), "active")
    assured = _date(svc["assured_date"]) if svc.get("assured_date") else None
    if svc.get("assured_date") and assured is None:
        report.error(where.file, where.row, where.field("assured_date"), _("Vul een datum in."))
    ages = {}
    for key, ours in (("minimum_age", "min_age"), ("maximum_age", "max_age")):
        if svc.get(key) not in (None, ""):
            ages[ours] = _age(svc[key])
            if ages[ours] is None or not 0 <= ages[ours] <= 120:
                report.error(where.file, where.row, where.field(key), _("Vul een leeftijd in."))
                ages[ours] = None
    record = ServiceRecord(
        hsds_id=str(svc.get("id", "")),
        organisation_id=org_id,
        name=_text(svc, "name"),
        short_description=short,
        description=long,
        status=status,
        languages=_languages(svc, where, ctx, report),
        cost_description=fees,
        phone=phone,
        email=email,
        website=_text(svc, "url"),
        eligibility=_text(svc, "eligibility_description"),
        how_to_apply=_text(svc, "application_process"),
        location_ids=tuple(sorted(set(location_ids))),
        last_verified_on=assured,
        **_classification(svc, where, ctx, report),
        **_areas(svc, where, ctx, report),
        **{**defaults, **flags},
        **ages,
    )
    return Parsed(record, org, tuple(locations), where, tuple(wheres))
