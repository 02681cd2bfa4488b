"""Our side of the mapping as plain data: what export reads and import writes."""

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OrgRecord:
    """An organisation; hsds_id is the id it travels under."""

    hsds_id: str
    name: str
    description: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    kvk_number: str = ""
    is_municipal: bool = False
    is_independent: bool = False
    is_demo: bool = False


@dataclass(frozen=True)
class Hours:
    """A weekly opening range (weekday 0 is Monday)."""

    weekday: int
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True)
class DayException:
    """Closed, or other hours, from start_date up to and including end_date."""

    start_date: dt.date
    end_date: dt.date | None = None
    is_closed: bool = True
    opens: dt.time | None = None
    closes: dt.time | None = None
    note: str = ""


@dataclass(frozen=True)
class LocationRecord:
    """A place with its address, accessibility and opening hours."""

    hsds_id: str
    organisation_id: str
    name: str
    street_address: str
    postcode: str
    city: str
    municipality_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    wheelchair_access: bool = False
    accessible_toilet: bool = False
    hearing_loop: bool = False
    parking: bool = False
    hours: tuple[Hours, ...] = ()
    exceptions: tuple[DayException, ...] = ()


@dataclass(frozen=True)
class ServiceRecord:
    """A service; taxonomy values are our codes, places are CBS codes, links are HSDS ids."""

    hsds_id: str
    organisation_id: str
    name: str
    short_description: str
    support_line: str
    description: str = ""
    status: str = "active"
    life_domains: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    is_free: bool = True
    cost_description: str = ""
    referral_required: bool = False
    offers_phone: bool = True
    offers_email: bool = False
    offers_chat: bool = False
    offers_walk_in: bool = False
    offers_home_visit: bool = False
    offers_online: bool = False
    is_demo: bool = False
    phone: str = ""
    email: str = ""
    website: str = ""
    min_age: int | None = None
    max_age: int | None = None
    eligibility: str = ""
    how_to_apply: str = ""
    location_ids: tuple[str, ...] = ()
    area_type: str = "municipalities"
    area_municipalities: tuple[str, ...] = ()
    area_centre_id: str = ""
    area_radius_km: int | None = None
    last_verified_on: dt.date | None = None
    # When it last changed here; reported, never compared (a copy changes at another time).
    last_modified: dt.datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Place:
    """A municipality as the export names it."""

    code: str
    name: str
    province: str
