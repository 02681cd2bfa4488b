"""Demo social map for both demo sites; running it again updates, never duplicates."""

import datetime as dt
from collections.abc import Callable

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from directory.demo.content import ORGANISATIONS, REGIONS
from directory.models import (
    AreaType,
    DirectoryPage,
    ErrorReport,
    Language,
    LifeDomain,
    Location,
    Municipality,
    OpeningException,
    OpeningHours,
    Organisation,
    Postcode,
    Service,
    SupportLine,
    TargetGroup,
)
from directory.reference_data import reference_data_load
from home.models import HomePage

Report = Callable[[str], None]
STREETS = [
    "Kerkstraat",
    "Molenweg",
    "Stationsplein",
    "Markt",
    "Schoolstraat",
    "Dorpsstraat",
    "Wilhelminasingel",
    "Beekstraat",
    "Parklaan",
    "Julianastraat",
    "Nieuwe Weg",
]
HOLIDAYS = [
    (dt.date(2026, 4, 27), "Koningsdag"),
    (dt.date(2026, 5, 14), "Hemelvaartsdag"),
    (dt.date(2026, 12, 25), "Kerst"),
]


def load(*, report: Report) -> None:
    """Create or update the demo organisations, services and a DirectoryPage per demo site."""
    with transaction.atomic():
        reference_data_load(report=report)
        terms = {
            "line": {t.slug: t for t in SupportLine.objects.all()},
            "domain": {t.slug: t for t in LifeDomain.objects.all()},
            "group": {t.slug: t for t in TargetGroup.objects.all()},
            "lang": {t.slug: t for t in Language.objects.all()},
        }
        for key, region in REGIONS.items():
            count = _load_region(key, region, terms)
            report(f"  {region['label']}: {count} diensten")
            _upsert_pages(key, region, report)


def _load_region(key: str, region: dict, terms: dict) -> int:
    municipalities = list(Municipality.objects.filter(code__in=region["municipalities"]))
    points = {p.pc4: p for p in Postcode.objects.filter(pc4__in=[t[1] for t in region["towns"]])}
    count = 0
    for i, (pattern, flags, services) in enumerate(ORGANISATIONS):
        name = pattern.format(label=region["label"])
        town, pc4, _code = region["towns"][i % len(region["towns"])]
        org = _upsert_org(name, flags, region, i)
        location = _upsert_location(org, town, pc4, points[pc4], i)
        for j, spec in enumerate(services):
            _upsert_service(org, location, spec, region, municipalities, terms, i * 10 + j)
            count += 1
    return count


def _phone(region: dict, n: int) -> str:
    # Dutch subscriber numbers never start with 0, so these cannot reach anyone.
    return f"{region['area_code']}-00{n:04d}"


def _upsert_org(name: str, flags: dict, region: dict, n: int) -> Organisation:
    slug = slugify(name)
    org, _ = Organisation.objects.update_or_create(
        name=name,
        is_demo=True,
        defaults={
            "description": f"{name} is een verzonnen organisatie voor de demo van Steunwijzer.",
            "website": f"https://{slug}.example.org",
            "email": f"info@{slug}.example.org",
            "phone": _phone(region, n * 10),
            "is_independent": flags.get("independent", False),
            "is_municipal": flags.get("municipal", False),
        },
    )
    return org


def _upsert_location(org: Organisation, town: str, pc4: str, point: Postcode, n: int) -> Location:
    # Spread the points a little around the postcode point, so markers do not overlap.
    offset_lat, offset_lon = ((n % 5) - 2) * 0.0025, ((n % 3) - 1) * 0.0035
    location, _ = Location.objects.update_or_create(
        organisation=org,
        name=f"{org.name}, {town}",
        defaults={
            "street_address": f"{STREETS[n % len(STREETS)]} {3 + n * 2}",
            "postcode": f"{pc4} {'ABCDEFGHJK'[n % 10]}{'LMNPRSTVWX'[n % 10]}",
            "city": town,
            "municipality_id": point.municipality_id,
            "latitude": round(point.latitude + offset_lat, 5),
            "longitude": round(point.longitude + offset_lon, 5),
            "wheelchair_access": n % 4 != 3,
            "accessible_toilet": n % 3 == 0,
            "hearing_loop": n % 5 == 0,
            "parking": n % 2 == 0,
        },
    )
    return location


def _set_hours(location: Location, hours: list) -> None:
    location.opening_hours.all().delete()
    OpeningHours.objects.bulk_create(
        [
            OpeningHours(location=location, weekday=d, opens=o, closes=c, sort_order=i)
            for i, (d, o, c) in enumerate(hours)
        ]
    )
    location.opening_exceptions.all().delete()
    OpeningException.objects.bulk_create(
        [
            OpeningException(
                location=location, start_date=day, is_closed=True, note=note, sort_order=i
            )
            for i, (day, note) in enumerate(HOLIDAYS)
        ]
    )


def _upsert_service(org, location, spec, region, municipalities, terms, n: int) -> Service:
    name, line, domains, groups, opts = spec
    if opts.get("hours"):
        _set_hours(location, opts["hours"])
    # Every few entries were checked long ago or never, so the dashboard has work to show.
    verified = None if n % 7 == 0 else dt.date(2026, 6, 1) - dt.timedelta(days=(n * 37) % 500)
    service = Service.objects.filter(organisation=org, name=name).first() or Service(
        organisation=org, name=name
    )
    service.short_description = opts["text"]
    service.description = f"<p>{opts['text']}</p><p>Dit is een verzonnen voorbeeld.</p>"
    service.support_line = terms["line"][line]
    service.is_free = opts.get("free", True)
    service.cost_description = opts.get("cost", "")
    service.referral_required = opts.get("referral", False)
    service.offers_home_visit = opts.get("home_visit", False)
    service.offers_walk_in = opts.get("walk_in", False)
    service.offers_email = True
    service.offers_phone = True
    service.min_age, service.max_age = opts.get("min_age"), opts.get("max_age")
    service.how_to_apply = (
        "Bel of mail ons. U hebt geen verwijzing nodig."
        if not service.referral_required
        else "U hebt eerst een besluit van de gemeente nodig."
    )
    service.last_verified_on = verified
    service.is_demo = True
    service.live = True
    if opts.get("radius"):
        service.area_type, service.area_centre = AreaType.RADIUS, location
        service.area_radius_km = opts["radius"]
    else:
        service.area_type, service.area_centre, service.area_radius_km = (
            AreaType.MUNICIPALITIES,
            None,
            None,
        )
    service.area_municipalities = municipalities
    service.life_domains = [terms["domain"][d] for d in domains]
    service.target_groups = [terms["group"][g] for g in groups]
    service.languages = [terms["lang"][c] for c in opts.get("languages", region["languages"])]
    service.locations = [location]
    service.save()
    if n == 50 and not service.error_reports.exists():
        ErrorReport.objects.create(
            service=service,
            message="Demo: het telefoonnummer op deze pagina klopt niet meer, zegt een bezoeker.",
        )
    return service


def _upsert_pages(key: str, region: dict, report: Report) -> None:
    home = HomePage.objects.filter(slug=key, depth=2, locale__language_code="nl").first()
    if home is None:
        report(f"  geen startpagina '{key}': sociale kaart overgeslagen")
        return
    spec = region["page"]
    municipalities = list(Municipality.objects.filter(code__in=region["municipalities"]))
    page = DirectoryPage.objects.child_of(home).filter(locale=home.locale).first()
    if page is None:
        page = home.add_child(
            instance=DirectoryPage(
                title=spec["title"], slug=spec["slug"], intro=spec["intro"], show_in_menus=True
            )
        )
    page.title, page.intro, page.show_in_menus = spec["title"], spec["intro"], True
    page.municipalities = municipalities
    page.save_revision().publish()
    en = Locale.objects.get(language_code="en")
    target = page.get_translation_or_none(en)
    if target is None:
        target = page.copy_for_translation(en, copy_parents=True)
    target = target.specific
    target.title, target.slug = spec["en"]["title"], spec["en"]["slug"]
    target.intro, target.show_in_menus = spec["en"]["intro"], True
    target.municipalities = municipalities
    target.save_revision().publish()
