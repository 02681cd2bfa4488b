"""Writes of the social map: coverage, verification and error reports."""

import datetime as dt
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from directory.geo import GeoPoint, bounding_box, haversine_km
from directory.models import (
    AreaType,
    ErrorReport,
    Location,
    Municipality,
    Postcode,
    ReportStatus,
    Service,
)


def covered_municipality_ids(*, centre: GeoPoint, radius_km: float) -> set[int]:
    """Municipalities with at least one postcode point inside the circle."""
    box = bounding_box(centre, radius_km)
    rows = Postcode.objects.filter(
        latitude__range=(box.min_latitude, box.max_latitude),
        longitude__range=(box.min_longitude, box.max_longitude),
    ).values_list("latitude", "longitude", "municipality_id")
    return {m for lat, lon, m in rows if haversine_km(centre, GeoPoint(lat, lon)) <= radius_km}


def service_refresh_coverage(*, service: Service) -> None:
    """Recompute which municipalities a service works in, from its service area."""
    ids: set[int] = set()
    if service.area_type == AreaType.RADIUS:
        centre: Location | None = service.area_centre
        if centre is not None and centre.point is not None and service.area_radius_km:
            ids = covered_municipality_ids(centre=centre.point, radius_km=service.area_radius_km)
            if centre.municipality_id:
                ids.add(centre.municipality_id)
    else:
        ids = {m.pk for m in service.area_municipalities.all()}
    current = set(service.covered_municipalities.values_list("pk", flat=True))
    if current != ids:
        service.covered_municipalities.set(Municipality.objects.filter(pk__in=ids))
    _schedule_index(service.pk)


def location_refresh_coverage(*, location: Location) -> int:
    """Recompute the area of every radius service centred on this location; returns how many."""
    services = list(Service.objects.filter(area_type=AreaType.RADIUS, area_centre=location))
    for service in services:
        # The location just saved, not a stale copy loaded with the service.
        service.area_centre = location
        service_refresh_coverage(service=service)
    return len(services)


def services_refresh_coverage(*, service_ids: list[int]) -> None:
    """Recompute the area of these services, e.g. after their centre location was deleted."""
    for service in Service.objects.filter(pk__in=service_ids).select_related("area_centre"):
        service_refresh_coverage(service=service)


def _schedule_index(service_id: int) -> None:
    from directory.search.indexing import index_on_commit

    index_on_commit([service_id])


def service_mark_verified(*, service: Service, user, on: dt.date | None = None) -> Service:
    """Record that an editor checked the entry with the provider today."""
    service.last_verified_on = on or timezone.localdate()
    service.last_verified_by = user
    # Only these two columns: a draft in progress must not be published by verifying.
    Service.objects.filter(pk=service.pk).update(
        last_verified_on=service.last_verified_on, last_verified_by=user
    )
    _schedule_index(service.pk)
    return service


def services_mark_verified(*, service_ids: list[int], user, on: dt.date | None = None) -> int:
    """Record one check for several services at once; returns how many were marked."""
    ids = list(service_ids)
    # One UPDATE of two columns, as for a single service: drafts stay unpublished.
    count = Service.objects.filter(pk__in=ids).update(
        last_verified_on=on or timezone.localdate(), last_verified_by=user
    )
    from directory.search.indexing import index_on_commit

    index_on_commit(ids)
    return count


def _rate_key(client_ip: str) -> str:
    # Only a salted hash of the address is kept, and only for the rate-limit window.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip}".encode()).hexdigest()[:32]
    return f"directory:report-rate:{digest}"


def error_report_rate_limited(*, client_ip: str) -> bool:
    """True when this address already sent the maximum number of reports in the window."""
    return cache.get(_rate_key(client_ip), 0) >= settings.DIRECTORY_REPORT_RATE_LIMIT


def error_report_create(
    *, service: Service, message: str, email: str, client_ip: str
) -> ErrorReport:
    """Save a report for the editors and count it against the sender's rate limit."""
    key = _rate_key(client_ip)
    window = settings.DIRECTORY_REPORT_RATE_WINDOW
    if not cache.add(key, 1, window):
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, window)
    return ErrorReport.objects.create(service=service, message=message.strip(), email=email.strip())


@transaction.atomic
def error_report_close(*, report: ErrorReport, user, note: str = "") -> ErrorReport:
    """Mark a report as handled."""
    report.status = ReportStatus.CLOSED
    report.closed_at = timezone.now()
    report.closed_by = user
    if note:
        report.editor_note = note
    report.save(update_fields=["status", "closed_at", "closed_by", "editor_note"])
    return report
