"""Distance maths on WGS84 points; no database, so it is trivially testable."""

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class GeoPoint:
    """A point in decimal degrees."""

    latitude: float
    longitude: float


@dataclass(frozen=True)
class BoundingBox:
    """A latitude/longitude rectangle that contains a circle; a cheap pre-filter for SQL."""

    min_latitude: float
    max_latitude: float
    min_longitude: float
    max_longitude: float


def haversine_km(a: GeoPoint, b: GeoPoint) -> float:
    """Great-circle distance in kilometres."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(centre: GeoPoint, radius_km: float) -> BoundingBox:
    """The smallest lat/lon box around a circle (good enough away from the poles)."""
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    # A degree of longitude shrinks with the cosine of the latitude.
    cos_lat = max(0.01, math.cos(math.radians(centre.latitude)))
    dlon = math.degrees(radius_km / (EARTH_RADIUS_KM * cos_lat))
    return BoundingBox(
        centre.latitude - dlat,
        centre.latitude + dlat,
        centre.longitude - dlon,
        centre.longitude + dlon,
    )
