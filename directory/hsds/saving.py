"""Write an import plan in one transaction: new rows in bulk, changes through revisions."""

from collections.abc import Callable

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from steunwijzer.ops.cache import purge_all

from directory.geo import GeoPoint
from directory.hsds.ids import own_id
from directory.hsds.models import ExternalId, Kind
from directory.hsds.records import LocationRecord, OrgRecord, ServiceRecord
from directory.hsds.writer import KINDS, Plan
from directory.models import (
    Language,
    LifeDomain,
    Location,
    Municipality,
    OpeningException,
    OpeningHours,
    Organisation,
    Service,
    SupportLine,
    TargetGroup,
)
from directory.search.indexing import index_on_commit
from directory.search.text import index_text
from directory.services import covered_municipality_ids

Progress = Callable[[int, int], None]
ORG_FIELDS = (
    "name",
    "description",
    "website",
    "email",
    "phone",
    "is_municipal",
    "is_independent",
    "is_demo",
)
LOC_FIELDS = (
    "name",
    "street_address",
    "postcode",
    "city",
    "latitude",
    "longitude",
    "wheelchair_access",
    "accessible_toilet",
    "hearing_loop",
    "parking",
)
SVC_FIELDS = (
    "name",
    "short_description",
    "description",
    "status",
    "is_free",
    "cost_description",
    "referral_required",
    "offers_phone",
    "offers_email",
    "offers_chat",
    "offers_walk_in",
    "offers_home_visit",
    "offers_online",
    "is_demo",
    "phone",
    "email",
    "website",
    "min_age",
    "max_age",
    "eligibility",
    "how_to_apply",
    "area_type",
    "area_radius_km",
    "last_verified_on",
)


class Lookups:
    """Our terms and places by code, loaded once per import."""

    def __init__(self):
        self.lines = {t.slug: t for t in SupportLine.objects.all()}
        self.domains = {t.slug: t for t in LifeDomain.objects.all()}
        self.groups = {t.slug: t for t in TargetGroup.objects.all()}
        self.languages = {t.slug: t for t in Language.objects.all()}
        self.places = {m.code: m for m in Municipality.objects.all()}


def write(plan: Plan, *, publish: bool, user=None, progress: Progress | None = None) -> None:
    """Everything in the plan, or nothing when any part fails."""
    lookups = Lookups()
    with transaction.atomic():
        _organisations(plan)
        _locations(plan, lookups)
        _services(plan, lookups, publish=publish, user=user, progress=progress)
        _remember_ids(plan)
        # Bulk writes send no signals: purge cached pages, labels and result lists here.
        transaction.on_commit(purge_all)


def _org_values(rec: OrgRecord) -> dict:
    return {**{f: getattr(rec, f) for f in ORG_FIELDS}, "kvk_number": rec.kvk_number or None}


def _organisations(plan: Plan) -> None:
    new = [Organisation(**_org_values(rec)) for rec in plan.create[Kind.ORGANISATION]]
    Organisation.objects.bulk_create(new, batch_size=500)
    for rec, obj in zip(plan.create[Kind.ORGANISATION], new, strict=True):
        plan.aliases[Kind.ORGANISATION][rec.hsds_id] = obj.pk
    for pk, rec in plan.update[Kind.ORGANISATION]:
        Organisation.objects.filter(pk=pk).update(**_org_values(rec))


def _loc_values(rec: LocationRecord, plan: Plan, lookups: Lookups) -> dict:
    place = lookups.places.get(rec.municipality_code)
    return {
        **{f: getattr(rec, f) for f in LOC_FIELDS},
        "organisation_id": plan.pk(Kind.ORGANISATION, rec.organisation_id),
        "municipality_id": place.pk if place else None,
    }


def _hours(pairs: list[tuple[Location, LocationRecord]]) -> None:
    OpeningHours.objects.bulk_create(
        [
            OpeningHours(
                location=loc, weekday=h.weekday, opens=h.opens, closes=h.closes, sort_order=i
            )
            for loc, rec in pairs
            for i, h in enumerate(rec.hours)
        ],
        batch_size=1000,
    )
    OpeningException.objects.bulk_create(
        [
            OpeningException(
                location=loc,
                start_date=e.start_date,
                end_date=e.end_date,
                is_closed=e.is_closed,
                opens=e.opens,
                closes=e.closes,
                note=e.note,
                sort_order=i,
            )
            for loc, rec in pairs
            for i, e in enumerate(rec.exceptions)
        ],
        batch_size=1000,
    )


def _locations(plan: Plan, lookups: Lookups) -> None:
    records = plan.create[Kind.LOCATION]
    new = [Location(**_loc_values(rec, plan, lookups)) for rec in records]
    Location.objects.bulk_create(new, batch_size=500)
    for rec, obj in zip(records, new, strict=True):
        plan.aliases[Kind.LOCATION][rec.hsds_id] = obj.pk
    changed = []
    for pk, rec in plan.update[Kind.LOCATION]:
        Location.objects.filter(pk=pk).update(**_loc_values(rec, plan, lookups))
        changed.append((Location(pk=pk), rec))
    pks = [loc.pk for loc, _rec in changed]
    OpeningHours.objects.filter(location_id__in=pks).delete()
    OpeningException.objects.filter(location_id__in=pks).delete()
    _hours(list(zip(new, records, strict=True)) + changed)


def _svc_values(rec: ServiceRecord, plan: Plan, lookups: Lookups) -> dict:
    centre = plan.pk(Kind.LOCATION, rec.area_centre_id) if rec.area_centre_id else None
    return {
        **{f: getattr(rec, f) for f in SVC_FIELDS},
        "organisation_id": plan.pk(Kind.ORGANISATION, rec.organisation_id),
        "support_line": lookups.lines[rec.support_line],
        "area_centre_id": centre,
    }


def _relations(rec: ServiceRecord, plan: Plan, lookups: Lookups) -> dict[str, list]:
    locations = [plan.pk(Kind.LOCATION, i) for i in rec.location_ids]
    return {
        "life_domains": [lookups.domains[c] for c in rec.life_domains],
        "target_groups": [lookups.groups[c] for c in rec.target_groups],
        "languages": [lookups.languages[c] for c in rec.languages],
        "area_municipalities": [lookups.places[c] for c in rec.area_municipalities],
        "locations": list(Location.objects.filter(pk__in=[pk for pk in locations if pk])),
    }


def _services(plan: Plan, lookups: Lookups, *, publish: bool, user, progress) -> None:
    records = plan.create[Kind.SERVICE]
    total = len(records) + len(plan.update[Kind.SERVICE])
    org_names = dict(Organisation.objects.values_list("pk", "name"))
    now = timezone.now()
    new = []
    for rec in records:
        values = _svc_values(rec, plan, lookups)
        svc = Service(
            **values,
            slug=slugify(rec.name)[:160] or "aanbod",
            live=publish,
            has_unpublished_changes=not publish,
            first_published_at=now if publish else None,
            last_published_at=now if publish else None,
        )
        # What Service.refresh_search_text computes, without a query per service.
        svc.search_name = index_text(rec.name)
        svc.search_text = index_text(
            rec.name,
            org_names.get(values["organisation_id"], ""),
            rec.short_description,
            strip_tags(rec.description),
            rec.eligibility,
        )
        new.append(svc)
    Service.objects.bulk_create(new, batch_size=500)
    for rec, obj in zip(records, new, strict=True):
        plan.aliases[Kind.SERVICE][rec.hsds_id] = obj.pk
    _bulk_relations(list(zip(new, records, strict=True)), plan, lookups)
    index_on_commit([s.pk for s in new])
    if progress:
        progress(len(new), total)
    for n, (pk, rec) in enumerate(plan.update[Kind.SERVICE], start=len(new) + 1):
        _update_service(pk, rec, plan, lookups, publish=publish, user=user)
        if progress and (n % 100 == 0 or n == total):
            progress(n, total)


def _bulk_relations(pairs: list[tuple[Service, ServiceRecord]], plan: Plan, lookups: Lookups):
    rows: dict[str, list] = {
        "life_domains": [],
        "target_groups": [],
        "languages": [],
        "locations": [],
        "area_municipalities": [],
        "covered_municipalities": [],
    }
    for svc, rec in pairs:
        rows["life_domains"] += [(svc.pk, lookups.domains[c].pk) for c in rec.life_domains]
        rows["target_groups"] += [(svc.pk, lookups.groups[c].pk) for c in rec.target_groups]
        rows["languages"] += [(svc.pk, lookups.languages[c].pk) for c in rec.languages]
        rows["locations"] += [(svc.pk, plan.pk(Kind.LOCATION, i)) for i in rec.location_ids]
        places = [lookups.places[c].pk for c in rec.area_municipalities]
        rows["area_municipalities"] += [(svc.pk, m) for m in places]
        rows["covered_municipalities"] += [(svc.pk, m) for m in _covered(svc, rec, places)]
    for name, pairs_ in rows.items():
        through = getattr(Service, name).through
        source, target = _through_columns(through)
        through.objects.bulk_create(
            [through(**{source: s, target: t}) for s, t in pairs_], batch_size=2000
        )


def _through_columns(through) -> tuple[str, str]:
    fks = [f for f in through._meta.fields if f.is_relation]
    source = next(f for f in fks if f.related_model is Service)
    target = next(f for f in fks if f is not source)
    return source.attname, target.attname


def _covered(svc: Service, rec: ServiceRecord, places: list[int]) -> set[int]:
    if rec.area_type != "radius":
        return set(places)
    centre = Location.objects.filter(pk=svc.area_centre_id).first()
    if centre is None or centre.latitude is None or not rec.area_radius_km:
        return set()
    point = GeoPoint(centre.latitude, centre.longitude)
    ids = covered_municipality_ids(centre=point, radius_km=rec.area_radius_km)
    return ids | ({centre.municipality_id} if centre.municipality_id else set())


def _update_service(pk: int, rec: ServiceRecord, plan: Plan, lookups: Lookups, *, publish, user):
    svc = Service.objects.get(pk=pk)
    live_before = svc.live
    for name, value in _svc_values(rec, plan, lookups).items():
        setattr(svc, name, value)
    for name, value in _relations(rec, plan, lookups).items():
        setattr(svc, name, value)
    if publish:
        svc.save_revision(user=user, log_action=True).publish(user=user)
    elif live_before:
        # The live version stays as it is; the import waits as a draft for an editor.
        svc.save_revision(user=user, log_action=True)
    else:
        svc.save()
        svc.save_revision(user=user, log_action=True)


def _remember_ids(plan: Plan) -> None:
    """Record every id from the file that is not already ours, for the next import."""
    rows = []
    for kind in KINDS:
        for hsds_id, pk in plan.aliases[kind].items():
            if own_id(kind, pk) != hsds_id:
                rows.append(ExternalId(kind=kind, object_id=pk, hsds_id=hsds_id))
    ExternalId.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
