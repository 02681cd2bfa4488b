"""Load the shipped municipalities, postcodes and standard taxonomies; idempotent and fast.

Runs from `manage.py load_reference_data` and from the demo loader. A second run only updates
rows whose values changed; taxonomy labels an editor changed are left alone.
"""

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from steunwijzer.ops.cache import purge_all

from directory.models import (
    Language,
    LifeDomain,
    Municipality,
    Postcode,
    SupportLine,
    TargetGroup,
)

DATA_DIR = Path(__file__).resolve().parent / "data"

SUPPORT_LINES = [
    ("informeel", "Vrijwilligers en lotgenoten", "Volunteers and peers"),
    ("clientondersteuning", "Onafhankelijke cliëntondersteuning", "Independent client support"),
    ("kortdurend", "Kortdurende ondersteuning", "Short-term support"),
    ("maatwerk", "Maatwerk (met indicatie)", "Tailored provision (needs an assessment)"),
    ("toegang", "Toegang via de gemeente", "Municipal access point"),
]
LIFE_DOMAINS = [
    ("wonen", "Wonen", "Housing"),
    ("zorg-en-gezondheid", "Zorg en gezondheid", "Care and health"),
    ("welzijn-en-meedoen", "Welzijn en meedoen", "Well-being and taking part"),
    ("opvoeden-en-jeugd", "Opvoeden en jeugd", "Parenting and youth"),
    ("onderwijs", "Onderwijs", "Education"),
    ("werk-en-inkomen", "Werk en inkomen", "Work and income"),
    ("geldzaken-en-schulden", "Geldzaken en schulden", "Money and debts"),
    ("mantelzorg", "Mantelzorg", "Informal care"),
    ("veiligheid", "Veiligheid", "Safety"),
]
TARGET_GROUPS = [
    ("ouderen", "Ouderen", "Older people"),
    ("beperking", "Mensen met een beperking", "People with a disability"),
    ("psychische-gezondheid", "Psychische gezondheid", "Mental health"),
    ("jeugd-en-ouders", "Jongeren en ouders", "Young people and parents"),
    ("mantelzorgers", "Mantelzorgers", "Informal carers"),
    ("nieuwkomers", "Nieuwkomers", "Newcomers"),
    ("iedereen", "Iedereen", "Everyone"),
]
LANGUAGES = [
    ("nl", "Nederlands", "Dutch"),
    ("en", "Engels", "English"),
    ("fy", "Fries", "Frisian"),
    ("li", "Limburgs", "Limburgish"),
    ("de", "Duits", "German"),
    ("pl", "Pools", "Polish"),
    ("tr", "Turks", "Turkish"),
    ("ar", "Arabisch", "Arabic"),
    ("uk", "Oekraïens", "Ukrainian"),
    ("ti", "Tigrinya", "Tigrinya"),
    ("so", "Somalisch", "Somali"),
    ("fr", "Frans", "French"),
]


@dataclass(frozen=True)
class LoadResult:
    created: int
    updated: int


def _load_terms(model, rows: list[tuple[str, str, str]]) -> LoadResult:
    existing = set(model.objects.values_list("slug", flat=True))
    new = [
        model(slug=slug, name_nl=nl, name_en=en, sort_order=i)
        for i, (slug, nl, en) in enumerate(rows)
        if slug not in existing
    ]
    model.objects.bulk_create(new)
    return LoadResult(len(new), 0)


def _read(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def municipalities_load() -> LoadResult:
    """Create or update the CBS municipalities."""
    rows = _read("nl-municipalities.csv")
    existing = {m.code: m for m in Municipality.objects.all()}
    new, changed = [], []
    for row in rows:
        current = existing.get(row["code"])
        if current is None:
            new.append(Municipality(code=row["code"], name=row["name"], province=row["province"]))
        elif (current.name, current.province) != (row["name"], row["province"]):
            current.name, current.province = row["name"], row["province"]
            changed.append(current)
    Municipality.objects.bulk_create(new)
    Municipality.objects.bulk_update(changed, ["name", "province"])
    return LoadResult(len(new), len(changed))


def postcodes_load() -> LoadResult:
    """Create or update the PC4 areas with their point and municipality."""
    ids = dict(Municipality.objects.values_list("code", "id"))
    existing = {p.pc4: p for p in Postcode.objects.all()}
    new, changed = [], []
    for row in _read("nl-pc4.csv"):
        values = (float(row["latitude"]), float(row["longitude"]), ids[row["municipality_code"]])
        current = existing.get(row["pc4"])
        if current is None:
            new.append(
                Postcode(
                    pc4=row["pc4"],
                    latitude=values[0],
                    longitude=values[1],
                    municipality_id=values[2],
                )
            )
        elif (current.latitude, current.longitude, current.municipality_id) != values:
            current.latitude, current.longitude, current.municipality_id = values
            changed.append(current)
    Postcode.objects.bulk_create(new, batch_size=1000)
    Postcode.objects.bulk_update(
        changed, ["latitude", "longitude", "municipality"], batch_size=1000
    )
    return LoadResult(len(new), len(changed))


def reference_data_load(*, report: Callable[[str], None] = lambda _: None) -> None:
    """Load everything the social map needs before it has any services."""
    with transaction.atomic():
        for label, result in [
            ("gemeenten", municipalities_load()),
            ("postcodes", postcodes_load()),
            ("ondersteuningslijnen", _load_terms(SupportLine, SUPPORT_LINES)),
            ("levensdomeinen", _load_terms(LifeDomain, LIFE_DOMAINS)),
            ("doelgroepen", _load_terms(TargetGroup, TARGET_GROUPS)),
            ("talen", _load_terms(Language, LANGUAGES)),
        ]:
            report(f"  {label}: {result.created} nieuw, {result.updated} bijgewerkt")
        # Bulk writes send no signals: purge cached pages and labels (directory.terms) here.
        transaction.on_commit(purge_all)
