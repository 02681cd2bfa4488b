"""HSDS locations to our records: address, point, accessibility and opening hours (pure)."""

from django.utils.translation import gettext as _

from directory.hsds.mapping import DAYS
from directory.hsds.parse_base import (
    LAT_RANGE,
    LON_RANGE,
    POSTCODE,
    ImportContext,
    _date,
    _list,
    _term_of,
    _text,
    _time,
)
from directory.hsds.records import DayException, Hours, LocationRecord
from directory.hsds.report import Report, Where
from directory.hsds.taxonomy import ACCESSIBILITY, ACCESSIBILITY_FEATURES, _norm


def _schedules(loc: dict, where: Where, report: Report):
    hours, exceptions = [], []
    for i, raw in enumerate(_list(loc, "schedules")):
        at = where.child(raw, "schedules", i)
        opens, closes = _time(_text(raw, "opens_at")), _time(_text(raw, "closes_at"))
        days = [d.strip().upper() for d in _text(raw, "byday").split(",") if d.strip()]
        if days and _text(raw, "freq").upper() in ("", "WEEKLY") and all(d in DAYS for d in days):
            if opens is None or closes is None or opens == closes:
                report.error(at.file, at.row, at.field("opens_at"), _("Vul geldige tijden in."))
                continue
            hours += [Hours(DAYS.index(d), opens, closes) for d in days]
        elif not days and raw.get("valid_from"):
            start = _date(raw["valid_from"])
            end = _date(raw.get("valid_to") or raw["valid_from"])
            if start is None or end is None or end < start:
                report.error(at.file, at.row, at.field("valid_from"), _("Vul geldige data in."))
                continue
            closed = opens is None or closes is None
            exceptions.append(
                DayException(
                    start,
                    None if end == start else end,
                    closed,
                    None if closed else opens,
                    None if closed else closes,
                    _text(raw, "notes")[:120],
                )
            )
        else:
            report.warn(
                at.file, at.row, at.field("byday"), _("Dit rooster kunnen we niet overnemen.")
            )
    return tuple(sorted(set(hours), key=lambda h: (h.weekday, h.opens, h.closes))), tuple(
        sorted(exceptions, key=lambda e: e.start_date)
    )


def _postcode(raw: str) -> str:
    match = POSTCODE.match(raw)
    return f"{match.group(1)} {match.group(2).upper()}" if match else ""


def _coordinate(loc: dict, key: str) -> float | None:
    value = loc.get(key)
    return float(value) if isinstance(value, int | float) else None


def parse_location(
    loc: dict, org_id: str, where: Where, ctx: ImportContext, report: Report
) -> LocationRecord | None:
    """An HSDS location with its address, accessibility and schedules."""
    where = where.child(loc)
    addresses = _list(loc, "addresses")
    physical = [a for a in addresses if _text(a, "address_type") in ("physical", "")]
    address = (physical or addresses or [{}])[0]
    at = where.child(address, "addresses", 0)
    postcode = _postcode(_text(address, "postal_code"))
    if not address:
        report.error(where.file, where.row, where.field("addresses"), _("Het adres ontbreekt."))
        return None
    if not postcode:
        report.error(
            at.file,
            at.row,
            at.field("postal_code"),
            _("Vul een Nederlandse postcode in zoals 6001 AB."),
        )
    lat, lon = _coordinate(loc, "latitude"), _coordinate(loc, "longitude")
    if (lat is None) != (lon is None):
        lat = lon = None
    if lat is not None and lon is not None:
        inside = LAT_RANGE[0] <= lat <= LAT_RANGE[1] and LON_RANGE[0] <= lon <= LON_RANGE[1]
        swapped = LAT_RANGE[0] <= lon <= LAT_RANGE[1] and LON_RANGE[0] <= lat <= LON_RANGE[1]
        if not inside:
            report.error(
                where.file,
                where.row,
                where.field("latitude"),
                _("Breedtegraad en lengtegraad lijken omgewisseld.")
                if swapped
                else _("Deze coördinaten liggen niet in Nederland."),
            )
    access = {name: False for _c, name, _nl, _en in ACCESSIBILITY_FEATURES}
    codes = {code: name for code, name, _nl, _en in ACCESSIBILITY_FEATURES}
    for i, item in enumerate(_list(loc, "accessibility")):
        terms = [_term_of(a, ctx, (ACCESSIBILITY,)) for a in _list(item, "attributes")]
        term = (
            next((t for t in terms if t), None)
            or ctx.taxonomy.resolve(
                {"code": _text(item, "details"), "taxonomy": "toegankelijkheid", "name": ""},
                groups=(ACCESSIBILITY,),
            )
            or ctx.taxonomy.resolve({"name": _text(item, "description")}, groups=(ACCESSIBILITY,))
        )
        if term is None:
            spot = where.child(item, "accessibility", i)
            report.warn(
                spot.file,
                spot.row,
                spot.field("description"),
                _("Onbekende toegankelijkheid '%(d)s': niet overgenomen.")
                % {"d": _text(item, "description")[:80]},
            )
        else:
            access[codes[term.code]] = True
    hours, exceptions = _schedules(loc, where, report)
    street = " ".join(filter(None, [_text(address, "address_1"), _text(address, "address_2")]))
    region = ctx.municipalities.get(_norm(_text(address, "region")), "")
    return LocationRecord(
        hsds_id=str(loc.get("id", "")),
        organisation_id=str(loc.get("organization_id") or org_id),
        name=_text(loc, "name") or street or _text(address, "city"),
        street_address=street,
        postcode=postcode,
        city=_text(address, "city"),
        municipality_code=region,
        latitude=lat,
        longitude=lon,
        hours=hours,
        exceptions=exceptions,
        **access,
    )
