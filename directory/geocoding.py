"""Turn an address into a point. Offline by default (PC4 centroids); swappable in settings.

Set DIRECTORY_GEOCODER to the dotted path of another class with the same `locate` method to use
an online geocoder for full addresses.
"""

import re
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string
from steunwijzer.ops.cache import cached

from directory.geo import GeoPoint

PC4 = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})?\s*$")


@dataclass(frozen=True)
class Located:
    """Where an address is, and in which municipality."""

    point: GeoPoint
    municipality_id: int
    pc4: str


class Geocoder(Protocol):
    def locate(self, *, postcode: str, street_address: str = "") -> Located | None: ...


def parse_pc4(raw: str) -> str | None:
    """The four digits of a Dutch postcode ("6001", "6001AB", "6001 ab"), or None."""
    match = PC4.match(raw or "")
    if not match or match.group(1).startswith("0"):
        return None
    return match.group(1)


class OfflineGeocoder:
    """Uses the shipped PC4 table: the point of the 4-digit postcode area.

    The table changes only when reference data is loaded, which purges the page cache; so a
    postcode is looked up once per generation of that cache (also when it is unknown).
    """

    def locate(self, *, postcode: str, street_address: str = "") -> Located | None:
        pc4 = parse_pc4(postcode)
        if pc4 is None:
            return None
        row = cached(f"directory:pc4:{pc4}", lambda: self._row(pc4))
        if not row:
            return None
        return Located(GeoPoint(row[0], row[1]), row[2], pc4)

    @staticmethod
    def _row(pc4: str) -> tuple[float, float, int] | tuple[()]:
        from directory.models import Postcode

        row = (
            Postcode.objects.filter(pc4=pc4)
            .values_list("latitude", "longitude", "municipality_id")
            .first()
        )
        return tuple(row) if row else ()


@cache
def _geocoder_class(path: str) -> type:
    return import_string(path)


def geocoder() -> Geocoder:
    """The configured geocoder."""
    return _geocoder_class(settings.DIRECTORY_GEOCODER)()
