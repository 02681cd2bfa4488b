"""Shared pieces of reading HSDS: context, small converters, terms and flags (pure)."""

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _

from directory.hsds.report import Report, Where
from directory.hsds.taxonomy import FLAG, Taxonomy, Term

STATUS_IN = {
    "active": "active",
    "temporarily closed": "temporarily_closed",
    "inactive": "ended",
    "defunct": "ended",
}
POSTCODE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")
CBS_CODE = re.compile(r"(?i)\bGM(\d{4})\b")
TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
TRUE, FALSE = {"true", "ja", "yes", "1", "waar"}, {"false", "nee", "no", "0", "onwaar"}
ISO639_2 = {
    "nld": "nl",
    "dut": "nl",
    "eng": "en",
    "fry": "fy",
    "lim": "li",
    "deu": "de",
    "ger": "de",
    "pol": "pl",
    "tur": "tr",
    "ara": "ar",
    "ukr": "uk",
    "tir": "ti",
    "som": "so",
    "fra": "fr",
    "fre": "fr",
}
SHORT_MAX = 300
LAT_RANGE, LON_RANGE = (50.5, 53.7), (3.2, 7.3)


@dataclass(frozen=True)
class ImportContext:
    """What parsing needs to know of our data: taxonomy, municipalities and languages."""

    taxonomy: Taxonomy
    municipalities: Mapping[str, str]  # code -> code, and normalised name -> code
    languages: Mapping[str, str]  # code -> code, and normalised name -> code


def _text(obj: dict, key: str) -> str:
    value = obj.get(key)
    return value.strip() if isinstance(value, str) else ""


def _list(obj: dict, key: str) -> list[dict]:
    value = obj.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _term_of(attr: dict, ctx: ImportContext, groups: tuple[str, ...]) -> Term | None:
    raw = attr.get("taxonomy_term")
    raw = raw if isinstance(raw, dict) else {"id": attr.get("taxonomy_term_id", "")}
    return ctx.taxonomy.resolve(raw, groups=groups)


def _unknown_term(attr: dict, where: Where, report: Report) -> None:
    raw = attr.get("taxonomy_term") if isinstance(attr.get("taxonomy_term"), dict) else {}
    label = raw.get("name") or raw.get("code") or attr.get("taxonomy_term_id") or "?"
    taxonomy = raw.get("taxonomy") or "?"
    report.warn(
        where.file,
        where.row,
        where.path,
        _("Onbekende term '%(term)s' (taxonomie '%(tax)s'): niet overgenomen.")
        % {"term": label, "tax": taxonomy},
    )


def _flags(obj: dict, where: Where, ctx: ImportContext, flags, report: Report) -> dict[str, bool]:
    """Yes/no flags from attributes with one of our flag terms; unknown terms are reported."""
    fields = {code: name for code, name, _nl, _en in flags}
    found: dict[str, bool] = {}
    for i, attr in enumerate(_list(obj, "attributes")):
        at = where.child(attr, "attributes", i)
        term = _term_of(attr, ctx, (FLAG,))
        if term is None or term.code not in fields:
            continue
        value = str(attr.get("value", "true")).strip().lower()
        if value not in TRUE | FALSE:
            report.error(at.file, at.row, at.field("value"), _("Vul true of false in."))
            continue
        found[fields[term.code]] = value in TRUE
    return found


def _time(value: str) -> dt.time | None:
    match = TIME.match(value.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    return dt.time(int(match.group(1)), int(match.group(2)))


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
