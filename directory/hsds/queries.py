"""Reads behind the HSDS API: services through the search interface, organisations, terms."""

from dataclasses import dataclass, replace

from django.db.models import Q
from django.utils.translation import gettext as _

from directory.geocoding import geocoder, parse_pc4
from directory.hsds import export, selectors
from directory.hsds.ids import own_pk
from directory.hsds.mapping import ExportContext, location_to_hsds, organisation_to_hsds
from directory.hsds.models import ExternalId, Kind
from directory.hsds.taxonomy import (
    ACCESSIBILITY,
    ACCESSIBILITY_FEATURES,
    FLAG,
    LIFE_DOMAIN,
    SERVICE_FLAGS,
    SUPPORT_LINE,
    TARGET_GROUP,
    taxonomy_id_of,
)
from directory.models import Location, Municipality
from directory.models.service import MAX_RADIUS_KM
from directory.search.base import SORT_DISTANCE, SORT_NAME, SORT_RELEVANCE, SearchQuery
from directory.search.database import public_services
from directory.search.registry import get_backend

GROUP_FIELDS = {
    SUPPORT_LINE: "support_lines",
    LIFE_DOMAIN: "life_domains",
    TARGET_GROUP: "target_groups",
}
BACKEND_FLAGS = {"gratis": "free", "huisbezoek": "home_visit"}
# When filters the search interface has no slot for are used, at most this many matches are
# filtered further in the database.
MAX_MATCHES = 10_000


class BadParameter(ValueError):
    """A query parameter with a wrong value; the message is for the caller."""


@dataclass(frozen=True)
class ServiceFilters:
    """The /services query as the search interface takes it, plus what only the ORM can do."""

    query: SearchQuery | None  # None: nothing can match (an unknown term or organisation)
    extra: Q | None = None


def resolve_pk(kind: str, hsds_id: str) -> int | None:
    """The pk an HSDS id points at: a recorded foreign id, or one of our own."""
    recorded = ExternalId.objects.filter(kind=kind, hsds_id=_uuid_or_none(hsds_id)).first()
    if recorded is not None:
        return recorded.object_id
    return own_pk(kind, hsds_id)


def _uuid_or_none(value: str):
    import uuid

    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def service_filters(params, ctx: ExportContext) -> ServiceFilters:
    """Turn HSDS query parameters into a search; BadParameter for values that cannot be."""
    fields: dict[str, object] = {"text": params.get("search", "").strip()[:200]}
    extra = Q()
    facets: dict[str, list[str]] = {}
    for raw in ",".join(params.getlist("taxonomy_term_id")).split(","):
        if not raw.strip():
            continue
        term = ctx.taxonomy.by_id(raw.strip())
        if term is None:
            return ServiceFilters(None)
        if term.group in GROUP_FIELDS:
            facets.setdefault(GROUP_FIELDS[term.group], []).append(term.code)
        elif term.group == FLAG and term.code in BACKEND_FLAGS:
            fields[BACKEND_FLAGS[term.code]] = True
        elif term.group == FLAG:
            name = next(f for c, f, _nl, _en in SERVICE_FLAGS if c == term.code)
            extra &= Q(**{name: True})
        elif term.group == ACCESSIBILITY and term.code == "rolstoel":
            fields["wheelchair"] = True
        else:
            name = next(f for c, f, _nl, _en in ACCESSIBILITY_FEATURES if c == term.code)
            extra &= Q(**{f"locations__{name}": True})
    fields.update({k: tuple(v) for k, v in facets.items()})
    taxonomy = params.get("taxonomy_id", "").strip()
    if taxonomy:
        by_id = {taxonomy_id_of(g): g for g in ctx.taxonomy.groups()}
        group = by_id.get(taxonomy)
        if group is None:
            return ServiceFilters(None)
        extra &= _any_term(group)
    organisation = params.get("organization_id", "").strip()
    if organisation:
        pk = resolve_pk(Kind.ORGANISATION, organisation)
        if pk is None:
            return ServiceFilters(None)
        extra &= Q(organisation_id=pk)
    municipality = params.get("municipality", "").strip().upper()
    if municipality:
        if not Municipality.objects.filter(code=municipality).exists():
            raise BadParameter(_("Onbekende gemeentecode: %(code)s.") % {"code": municipality})
        fields["municipalities"] = (municipality,)
    fields.update(_near(params))
    modified = params.get("modified_after", "").strip()
    if modified:
        extra &= Q(last_published_at__gte=_datetime(modified))
    sort = SORT_RELEVANCE if fields["text"] else SORT_NAME
    if fields.get("near") is not None and not fields["text"]:
        sort = SORT_DISTANCE
    query = SearchQuery(**fields, sort=sort)
    return ServiceFilters(query, extra if extra != Q() else None)


def _any_term(group: str) -> Q:
    if group == SUPPORT_LINE:
        return Q()
    if group == LIFE_DOMAIN:
        return Q(life_domains__isnull=False)
    if group == TARGET_GROUP:
        return Q(target_groups__isnull=False)
    names = [f for _c, f, _nl, _en in (SERVICE_FLAGS if group == FLAG else ACCESSIBILITY_FEATURES)]
    prefix = "" if group == FLAG else "locations__"
    out = Q(pk__in=[])
    for name in names:
        out |= Q(**{f"{prefix}{name}": True})
    return out


def _datetime(raw: str):
    import datetime as dt

    try:
        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadParameter(_("modified_after is geen datum en tijd (ISO 8601).")) from exc
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _near(params) -> dict:
    postcode = params.get("postcode", "").strip()
    proximity = params.get("proximity", "").strip()
    if not postcode:
        if proximity:
            raise BadParameter(_("proximity werkt alleen samen met postcode."))
        return {}
    if parse_pc4(postcode) is None:
        raise BadParameter(_("Vul een postcode in met 4 cijfers, zoals 6001."))
    found = geocoder().locate(postcode=postcode)
    if found is None:
        raise BadParameter(_("Postcode %(pc)s kennen we niet.") % {"pc": parse_pc4(postcode)})
    if not proximity:
        # HSDS: without proximity, the services whose service area holds the postcode.
        code = Municipality.objects.filter(pk=found.municipality_id).values_list("code", flat=True)
        return {"scope": tuple(code)}
    try:
        metres = float(proximity)
    except ValueError as exc:
        raise BadParameter(_("proximity is een afstand in meters.")) from exc
    if not 0 < metres <= MAX_RADIUS_KM * 1000:
        raise BadParameter(
            _("proximity ligt tussen 1 en %(max)d meter.") % {"max": MAX_RADIUS_KM * 1000}
        )
    return {"near": found.point, "radius_km": metres / 1000}


def service_page(filters: ServiceFilters, offset: int, limit: int) -> tuple[list[int], int]:
    """Ids of one page of matching published services, in order, and the total."""
    if filters.query is None:
        return [], 0
    backend = get_backend()
    if filters.extra is None:
        result = backend.search(replace(filters.query, offset=offset, limit=limit))
        return list(result.ids), result.total
    result = backend.search(replace(filters.query, offset=0, limit=MAX_MATCHES))
    allowed = set(
        public_services().filter(filters.extra, pk__in=result.ids).values_list("pk", flat=True)
    )
    matching = [pk for pk in result.ids if pk in allowed]
    return matching[offset : offset + limit], len(matching)


def service_documents(ids: list[int], ctx: ExportContext, *, nested: bool) -> list[dict]:
    """HSDS objects of these published services, in the order of ids."""
    services = list(selectors.services_for_export(public_services().filter(pk__in=ids)))
    order = {pk: i for i, pk in enumerate(ids)}
    services.sort(key=lambda s: order[s.pk])
    return export.service_documents(services, ctx, nested=nested)


def service_document(hsds_id: str, ctx: ExportContext) -> dict | None:
    """One published, active service, fully nested; None when there is none."""
    pk = resolve_pk(Kind.SERVICE, hsds_id)
    docs = service_documents([pk], ctx, nested=True) if pk else []
    return docs[0] if docs else None


ORGANISATION_LIST_FIELDS = ("id", "name", "description", "email", "website")


def organisation_page(search: str, offset: int, limit: int, *, full: bool, ctx):
    """One page of active organisations with published services, and the total."""
    qs = selectors.public_organisations()
    if search:
        qs = qs.filter(Q(name__icontains=search) | Q(description__icontains=search))
    total = qs.count()
    orgs = list(qs[offset : offset + limit])
    return [organisation_document(o, ctx, full=full) for o in orgs], total


def organisation_document(org, ctx: ExportContext, *, full: bool) -> dict:
    """An organisation; in full with the locations of its published services."""
    ids = selectors.IdMap(Kind.ORGANISATION, [org.pk])
    doc = organisation_to_hsds(selectors.org_record(org, ids), ctx)
    if not full:
        return {k: v for k, v in doc.items() if k in ORGANISATION_LIST_FIELDS}
    locations = (
        Location.objects.filter(organisation=org, services__in=public_services())
        .distinct()
        .select_related("municipality")
        .prefetch_related("opening_hours", "opening_exceptions")
        .order_by("name", "pk")
    )
    loc_ids = selectors.IdMap(Kind.LOCATION, [loc.pk for loc in locations])
    doc["locations"] = [
        location_to_hsds(selectors.location_record(loc, loc_ids, ids), ctx) for loc in locations
    ]
    return doc


def organisation_by_id(hsds_id: str):
    """An active organisation with published services, by HSDS id, or None."""
    pk = resolve_pk(Kind.ORGANISATION, hsds_id)
    return selectors.public_organisations().filter(pk=pk).first() if pk else None
