"""What the detail page of a service shows: hours, contact, route and structured data."""

import datetime as dt
import json
from dataclasses import dataclass
from urllib.parse import quote

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from directory import opening
from directory.hours import LocationHours
from directory.models import Location, Service
from directory.models.location import WEEKDAYS

# The same escapes as Django's json_script: the JSON can never close the script element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class DayHours:
    label: str
    ranges: list[opening.WeeklyRange]
    is_today: bool


@dataclass(frozen=True)
class LocationView:
    location: Location
    open_now: bool | None
    week: list[DayHours]
    exceptions: list[opening.DatedException]
    notes: dict
    route_url: str


def route_url(location: Location) -> str:
    """A walking/driving route to the location on OpenStreetMap."""
    if location.point is None:
        address = f"{location.street_address}, {location.postcode} {location.city}"
        return "https://www.openstreetmap.org/search?query=" + quote(address)
    return (
        "https://www.openstreetmap.org/directions?route=%3B"
        f"{location.latitude:.5f}%2C{location.longitude:.5f}"
    )


def location_views(
    locations: list[Location], hours: dict[int, LocationHours], now: dt.datetime
) -> list[LocationView]:
    """Every location of the service with its week and coming exceptions."""
    views = []
    for loc in locations:
        schedule = hours[loc.pk].schedule
        week = [
            DayHours(str(label), opening.ranges_for_weekday(schedule, day), day == now.weekday())
            for day, label in WEEKDAYS
        ]
        views.append(
            LocationView(
                location=loc,
                open_now=opening.is_open_at(schedule, now.replace(tzinfo=None))
                if schedule.is_known
                else None,
                week=week,
                exceptions=opening.upcoming_exceptions(schedule, now.date()),
                notes=hours[loc.pk].notes,
                route_url=route_url(loc),
            )
        )
    return views


def json_ld(
    service: Service,
    url: str,
    locations: list[Location],
    hours: dict[int, LocationHours],
    areas: tuple[str, ...],
) -> SafeString:
    """schema.org data of the service, escaped for a <script type="application/ld+json">."""
    org = service.organisation
    places = []
    for loc in locations:
        place = {
            "@type": "Place",
            "name": loc.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": loc.street_address,
                "postalCode": loc.postcode,
                "addressLocality": loc.city,
                "addressCountry": "NL",
            },
            "openingHoursSpecification": [
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": SCHEMA_DAYS[h.weekday],
                    "opens": h.opens.strftime("%H:%M"),
                    "closes": h.closes.strftime("%H:%M"),
                }
                for h in hours[loc.pk].schedule.ranges
            ],
        }
        if loc.point:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": loc.latitude,
                "longitude": loc.longitude,
            }
        places.append(place)
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": service.name,
        "description": service.short_description,
        "url": url,
        "isAccessibleForFree": service.is_free,
        "provider": {
            "@type": "Organization",
            "name": org.name,
            **({"url": org.website} if org.website else {}),
            **({"telephone": org.phone} if org.phone else {}),
            **({"email": org.email} if org.email else {}),
        },
        "areaServed": [{"@type": "AdministrativeArea", "name": name} for name in areas],
        "availableChannel": {
            "@type": "ServiceChannel",
            **(
                {"servicePhone": {"@type": "ContactPoint", "telephone": service.contact_phone}}
                if service.contact_phone
                else {}
            ),
            **({"serviceUrl": service.contact_website} if service.contact_website else {}),
            "serviceLocation": places,
        },
    }
    if service.last_verified_on:
        data["dateModified"] = service.last_verified_on.isoformat()
    text = json.dumps(data, ensure_ascii=False, indent=None).translate(_JSON_ESCAPES)
    return mark_safe(text)  # noqa: S308 - escaped above like json_script


def tel_href(phone: str) -> str:
    """A tel: link target with digits only (and a leading +)."""
    digits = "".join(c for c in phone if c.isdigit() or c == "+")
    return f"tel:{digits}"


def local_now() -> dt.datetime:
    return timezone.localtime()
