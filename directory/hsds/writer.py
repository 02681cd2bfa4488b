"""Match imported records to what is there, show the differences, and write them at once."""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from directory.hsds import selectors
from directory.hsds.ids import own_pk
from directory.hsds.models import ExternalId, Kind
from directory.hsds.records import LocationRecord, OrgRecord
from directory.hsds.report import Counts, Report
from directory.models import Location, Organisation, Service

Progress = Callable[[int, int], None]
KINDS = {Kind.ORGANISATION: Organisation, Kind.LOCATION: Location, Kind.SERVICE: Service}


class KnownIds:
    """HSDS ids that already point at one of our objects: recorded ones and our own."""

    def __init__(self, kind: str):
        self.kind = kind
        self.pks = set(KINDS[kind].objects.values_list("pk", flat=True))
        rows = ExternalId.objects.filter(kind=kind).values_list("hsds_id", "object_id")
        self.recorded = {str(hsds_id): pk for hsds_id, pk in rows}

    def get(self, hsds_id: str) -> int | None:
        pk = self.recorded.get(hsds_id) or own_pk(self.kind, hsds_id)
        return pk if pk in self.pks else None

    def __contains__(self, hsds_id: str) -> bool:
        return self.get(hsds_id) is not None


def existing_ids() -> dict[str, KnownIds]:
    """Known ids of every kind (two queries each)."""
    return {kind: KnownIds(kind) for kind in KINDS}


@dataclass
class Plan:
    """What to create and change, per kind, with the pk each HSDS id resolves to."""

    known: dict[str, KnownIds]
    create: dict[str, list] = field(default_factory=lambda: {k: [] for k in KINDS})
    update: dict[str, list[tuple[int, object]]] = field(
        default_factory=lambda: {k: [] for k in KINDS}
    )
    # Ids from the file that matched an object by KvK, address or name: remembered on write.
    aliases: dict[str, dict[str, int]] = field(default_factory=lambda: {k: {} for k in KINDS})

    def pk(self, kind: str, hsds_id: str) -> int | None:
        return self.known[kind].get(hsds_id) or self.aliases[kind].get(hsds_id)

    def ref(self, kind: str, hsds_id: str) -> str:
        pk = self.pk(kind, hsds_id)
        return f"pk:{pk}" if pk else f"new:{hsds_id}"


def _normal(record, plan: Plan):
    """A record with ids replaced by what they point at, so ours and theirs compare."""
    if isinstance(record, OrgRecord):
        return dataclasses.replace(record, hsds_id="")
    if isinstance(record, LocationRecord):
        return dataclasses.replace(
            record, hsds_id="", organisation_id=plan.ref(Kind.ORGANISATION, record.organisation_id)
        )
    return dataclasses.replace(
        record,
        hsds_id="",
        organisation_id=plan.ref(Kind.ORGANISATION, record.organisation_id),
        location_ids=tuple(sorted(plan.ref(Kind.LOCATION, i) for i in record.location_ids)),
        area_centre_id=plan.ref(Kind.LOCATION, record.area_centre_id)
        if record.area_centre_id
        else "",
    )


def _differences(a, b) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(a)
        if f.compare and getattr(a, f.name) != getattr(b, f.name)
    ]


def _current(kind: str, pks: list[int]) -> tuple[dict[int, object], set[int]]:
    """What is there now as records (for a service with a draft, the draft), and which
    services are not published as they are."""
    ids = selectors.all_id_maps()
    if kind == Kind.ORGANISATION:
        orgs = Organisation.objects.filter(pk__in=pks)
        return {o.pk: selectors.org_record(o, ids[kind]) for o in orgs}, set()
    if kind == Kind.LOCATION:
        qs = Location.objects.filter(pk__in=pks).select_related("municipality")
        return {
            loc.pk: selectors.location_record(loc, ids[kind], ids[Kind.ORGANISATION])
            for loc in qs.prefetch_related("opening_hours", "opening_exceptions")
        }, set()
    out, pending = {}, set()
    for svc in selectors.services_for_export(Service.objects.filter(pk__in=pks)):
        if not svc.live or svc.has_unpublished_changes:
            pending.add(svc.pk)
        if svc.has_unpublished_changes and svc.latest_revision_id:
            svc = svc.latest_revision.as_object()
        out[svc.pk] = selectors.service_record(svc, ids)
    return out, pending


def plan(
    parsed, orgs: dict, locations: dict, report: Report, known=None, *, publish: bool = False
) -> Plan:
    """Match by HSDS id, then KvK (organisations), address (locations) or name (services)."""
    result = Plan(known=known or existing_ids())
    kvk = {
        k: pk
        for k, pk in Organisation.objects.exclude(kvk_number=None).values_list("kvk_number", "pk")
    }
    for org in orgs.values():
        if result.pk(Kind.ORGANISATION, org.hsds_id) is None and kvk.get(org.kvk_number):
            result.aliases[Kind.ORGANISATION][org.hsds_id] = kvk[org.kvk_number]
    addresses = {
        (org, pc, street.lower()): pk
        for pk, org, pc, street in Location.objects.values_list(
            "pk", "organisation_id", "postcode", "street_address"
        )
    }
    for loc in locations.values():
        org_pk = result.pk(Kind.ORGANISATION, loc.organisation_id)
        key = (org_pk, loc.postcode, loc.street_address.lower())
        if result.pk(Kind.LOCATION, loc.hsds_id) is None and key in addresses:
            result.aliases[Kind.LOCATION][loc.hsds_id] = addresses[key]
    names = {
        (org, name.lower()): pk
        for pk, org, name in Service.objects.values_list("pk", "organisation_id", "name")
    }
    services = [p.service for p in parsed]
    for svc in services:
        key = (result.pk(Kind.ORGANISATION, svc.organisation_id), svc.name.lower())
        if result.pk(Kind.SERVICE, svc.hsds_id) is None and key in names:
            result.aliases[Kind.SERVICE][svc.hsds_id] = names[key]
    for kind, records in (
        (Kind.ORGANISATION, list(orgs.values())),
        (Kind.LOCATION, list(locations.values())),
        (Kind.SERVICE, services),
    ):
        _diff(kind, records, result, report, publish=publish)
    return result


def _diff(kind: str, records: list, result: Plan, report: Report, *, publish: bool) -> None:
    counts = report.counts.setdefault(kind, Counts())
    matched = {r.hsds_id: result.pk(kind, r.hsds_id) for r in records}
    current, pending = _current(kind, [pk for pk in matched.values() if pk])
    for record in records:
        pk = matched[record.hsds_id]
        if pk is None:
            result.create[kind].append(record)
            counts.created += 1
            report.changes.append((kind, "created", record.name, ""))
            continue
        changed = _differences(_normal(current[pk], result), _normal(record, result))
        if publish and pk in pending:
            # The same content waiting as a draft: publishing it is the change asked for.
            changed = changed or [_("publicatie")]
        if changed:
            result.update[kind].append((pk, record))
            counts.changed += 1
            report.changes.append((kind, "changed", record.name, ", ".join(changed)))
        else:
            counts.unchanged += 1
