"""Reads for open data: our taxonomy, ids and published services as records."""

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from directory.hsds.ids import own_id
from directory.hsds.mapping import ExportContext
from directory.hsds.models import ExternalId, Kind
from directory.hsds.records import (
    DayException,
    Hours,
    LocationRecord,
    OrgRecord,
    Place,
    ServiceRecord,
)
from directory.hsds.taxonomy import (
    LIFE_DOMAIN,
    SUPPORT_LINE,
    TARGET_GROUP,
    Taxonomy,
    Term,
    fixed_terms,
)
from directory.models import (
    Language,
    LifeDomain,
    Location,
    Municipality,
    Organisation,
    OrganisationStatus,
    Service,
    SupportLine,
    TargetGroup,
)
from directory.search.database import public_services

TERM_MODELS = {SUPPORT_LINE: SupportLine, LIFE_DOMAIN: LifeDomain, TARGET_GROUP: TargetGroup}


def taxonomy_load() -> Taxonomy:
    """Our editable taxonomies plus the fixed flag and accessibility terms."""
    terms = [
        Term(group, t.slug, t.name_nl, t.name_en)
        for group, model in TERM_MODELS.items()
        for t in model.objects.order_by("sort_order", "name_nl")
    ]
    return Taxonomy(tuple(terms + fixed_terms()))


def export_context(*, api_url: str = "") -> ExportContext:
    """Names of places and languages, and the taxonomy, for the mapping."""
    places = {
        code: Place(code, name, province)
        for code, name, province in Municipality.objects.values_list("code", "name", "province")
    }
    return ExportContext(
        taxonomy=taxonomy_load(),
        places=places,
        language_names=dict(Language.objects.values_list("slug", "name_nl")),
        api_url=api_url,
    )


class IdMap:
    """HSDS ids of our objects: the first recorded foreign id, else our own derived one."""

    def __init__(self, kind: str, pks: Iterable[int] | None = None):
        self.kind = kind
        rows = ExternalId.objects.filter(kind=kind).order_by("-created_at", "-pk")
        if pks is not None:
            rows = rows.filter(object_id__in=list(pks))
        # Newest first, so the oldest overwrites and wins.
        self._ids = {pk: str(hsds_id) for pk, hsds_id in rows.values_list("object_id", "hsds_id")}

    def __call__(self, pk: int) -> str:
        return self._ids.get(pk) or own_id(self.kind, pk)


def _locations_prefetch() -> Prefetch:
    return Prefetch(
        "locations",
        queryset=Location.objects.select_related("municipality").prefetch_related(
            "opening_hours", "opening_exceptions"
        ),
    )


def services_for_export(qs: QuerySet[Service] | None = None) -> QuerySet[Service]:
    """Published services that have not ended, with everything the export shows."""
    qs = public_services() if qs is None else qs
    return (
        qs.select_related("organisation", "support_line", "area_centre__municipality")
        .prefetch_related(
            "life_domains",
            "target_groups",
            "languages",
            "area_municipalities",
            _locations_prefetch(),
            "area_centre__opening_hours",
            "area_centre__opening_exceptions",
        )
        .order_by("pk")
    )


def public_organisations() -> QuerySet[Organisation]:
    """Active organisations with at least one published service."""
    return Organisation.objects.filter(
        Exists(public_services().filter(organisation_id=OuterRef("pk"))),
        status=OrganisationStatus.ACTIVE,
    ).order_by("name", "pk")


def org_record(org: Organisation, org_ids: IdMap) -> OrgRecord:
    return OrgRecord(
        hsds_id=org_ids(org.pk),
        name=org.name,
        description=org.description,
        website=org.website,
        email=org.email,
        phone=org.phone,
        kvk_number=org.kvk_number or "",
        is_municipal=org.is_municipal,
        is_independent=org.is_independent,
        is_demo=org.is_demo,
    )


def location_record(loc: Location, loc_ids: IdMap, org_ids: IdMap) -> LocationRecord:
    return LocationRecord(
        hsds_id=loc_ids(loc.pk),
        organisation_id=org_ids(loc.organisation_id),
        name=loc.name,
        street_address=loc.street_address,
        postcode=loc.postcode,
        city=loc.city,
        municipality_code=loc.municipality.code if loc.municipality else "",
        latitude=loc.latitude,
        longitude=loc.longitude,
        wheelchair_access=loc.wheelchair_access,
        accessible_toilet=loc.accessible_toilet,
        hearing_loop=loc.hearing_loop,
        parking=loc.parking,
        hours=tuple(
            sorted(
                (Hours(h.weekday, h.opens, h.closes) for h in loc.opening_hours.all()),
                key=lambda h: (h.weekday, h.opens, h.closes),
            )
        ),
        exceptions=tuple(
            sorted(
                (
                    DayException(e.start_date, e.end_date, e.is_closed, e.opens, e.closes, e.note)
                    for e in loc.opening_exceptions.all()
                ),
                key=lambda e: e.start_date,
            )
        ),
    )


def service_record(svc: Service, ids: dict[str, IdMap]) -> ServiceRecord:
    """The record of a service (its in-memory state, so a revision works too)."""
    return ServiceRecord(
        hsds_id=ids[Kind.SERVICE](svc.pk),
        organisation_id=ids[Kind.ORGANISATION](svc.organisation_id),
        name=svc.name,
        short_description=svc.short_description,
        support_line=svc.support_line.slug,
        description=svc.description,
        status=svc.status,
        life_domains=tuple(sorted(t.slug for t in svc.life_domains.all())),
        target_groups=tuple(sorted(t.slug for t in svc.target_groups.all())),
        languages=tuple(sorted(t.slug for t in svc.languages.all())),
        is_free=svc.is_free,
        cost_description=svc.cost_description,
        referral_required=svc.referral_required,
        offers_phone=svc.offers_phone,
        offers_email=svc.offers_email,
        offers_chat=svc.offers_chat,
        offers_walk_in=svc.offers_walk_in,
        offers_home_visit=svc.offers_home_visit,
        offers_online=svc.offers_online,
        is_demo=svc.is_demo,
        phone=svc.phone,
        email=svc.email,
        website=svc.website,
        min_age=svc.min_age,
        max_age=svc.max_age,
        eligibility=svc.eligibility,
        how_to_apply=svc.how_to_apply,
        location_ids=tuple(sorted(ids[Kind.LOCATION](loc.pk) for loc in svc.locations.all())),
        area_type=svc.area_type,
        # Only the half of the area that applies: the other is kept but not shown or exported.
        area_municipalities=tuple(sorted(m.code for m in svc.area_municipalities.all()))
        if svc.area_type != "radius"
        else (),
        area_centre_id=ids[Kind.LOCATION](svc.area_centre_id)
        if svc.area_centre_id and svc.area_type == "radius"
        else "",
        area_radius_km=svc.area_radius_km if svc.area_type == "radius" else None,
        last_verified_on=svc.last_verified_on,
        last_modified=svc.last_published_at,
    )


def all_id_maps() -> dict[str, IdMap]:
    """Id maps of every kind (one query each)."""
    return {kind: IdMap(kind) for kind in (Kind.ORGANISATION, Kind.SERVICE, Kind.LOCATION)}


def id_maps_for(services: list[Service]) -> dict[str, IdMap]:
    """Id maps for these services and what they point at (three small queries)."""
    places = [loc for svc in services for loc in svc.locations.all()]
    places += [svc.area_centre for svc in services if svc.area_centre is not None]
    locations = {loc.pk for loc in places}
    organisations = {svc.organisation_id for svc in services} | {
        loc.organisation_id for loc in places
    }
    return {
        Kind.SERVICE: IdMap(Kind.SERVICE, [svc.pk for svc in services]),
        Kind.ORGANISATION: IdMap(Kind.ORGANISATION, organisations),
        Kind.LOCATION: IdMap(Kind.LOCATION, locations),
    }
