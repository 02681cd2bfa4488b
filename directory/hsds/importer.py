"""Import HSDS 3.0 into the social map: check everything first, then write all or nothing."""

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from directory.hsds import checks, saving, tabular, writer
from directory.hsds.limits import Deadline, Limits, Source, TooLong, read_bytes, read_path
from directory.hsds.parsing import ImportContext, Parsed, parse_service
from directory.hsds.records import LocationRecord
from directory.hsds.report import Report, Where
from directory.hsds.selectors import taxonomy_load
from directory.hsds.taxonomy import _norm
from directory.models import Language, Location, Municipality, Organisation, Postcode, Service

Progress = Callable[[int, int], None]


@dataclasses.dataclass(frozen=True)
class Options:
    """What the editor chose: only try (dry run), and publish or keep as drafts."""

    dry_run: bool = True
    publish: bool = False
    user: object = None


def import_bytes(name: str, data: bytes, options: Options, progress: Progress | None = None):
    """Import an uploaded file; returns the report (never raises for bad input)."""
    limits, report = Limits.from_settings(), _new_report(options)
    return _run(lambda: read_bytes(name, data, limits, report), limits, report, options, progress)


def import_path(path: Path, options: Options, progress: Progress | None = None) -> Report:
    """Import a file or a folder with datapackage.json and CSV files."""
    limits, report = Limits.from_settings(), _new_report(options)
    return _run(lambda: read_path(path, limits, report), limits, report, options, progress)


def _new_report(options: Options) -> Report:
    return Report(
        dry_run=options.dry_run,
        published=options.publish,
        max_issues=settings.HSDS_IMPORT_MAX_ISSUES,
    )


def _run(read, limits: Limits, report: Report, options: Options, progress) -> Report:
    started = time.monotonic()
    deadline = Deadline(limits.seconds)
    try:
        source = read()
        report.steps.append(_("Bestand gelezen"))
        if source is not None and report.ok:
            _import(source, report, options, deadline, limits, progress)
    except TooLong as exc:
        report.error("", 0, "", str(exc))
        report.written = False
    report.seconds = round(time.monotonic() - started, 2)
    return report


def _import(source: Source, report, options: Options, deadline, limits, progress) -> None:
    deadline.check()
    if source.tables:
        checks.check_tables(source, report, deadline)
        items = [(svc, Where("", 0)) for svc in tabular.assemble(source.tables)]
    else:
        items = list(checks.json_services(source, report))
        if len(items) > limits.max_rows:
            report.error(
                "", 0, "", _("Meer dan %(max)d diensten lezen we niet.") % {"max": limits.max_rows}
            )
            return
        checks.check_json(items, report, deadline, progress)
    if not report.ok:
        return
    report.steps.append(_("Gecontroleerd tegen de HSDS-standaard"))
    ctx = _context()
    parsed = []
    for n, (item, where) in enumerate(items, start=1):
        if n % 500 == 0:
            deadline.check()
        parsed.append(parse_service(item, where, ctx, report))
    known = writer.existing_ids()
    orgs, locations = _collect(parsed, report, known)
    locations = _locate(locations, parsed, report)
    parsed = _fill_areas(parsed, locations, report)
    _check_rules(parsed, orgs, locations, report)
    if not report.ok:
        return
    report.steps.append(_("Vertaald naar de sociale kaart"))
    plan = writer.plan(parsed, orgs, locations, report, known, publish=options.publish)
    deadline.check()
    report.steps.append(_("Vergeleken met wat er al is"))
    if options.dry_run or not report.ok:
        return
    saving.write(plan, publish=options.publish, user=options.user, progress=progress)
    report.written = True
    report.steps.append(_("Opgeslagen"))


def _context() -> ImportContext:
    places: dict[str, str] = {}
    for code, name in Municipality.objects.values_list("code", "name"):
        places[code] = code
        places[_norm(name)] = code
    languages: dict[str, str] = {}
    for slug, nl, en in Language.objects.values_list("slug", "name_nl", "name_en"):
        languages.update({slug: slug, _norm(nl): slug, _norm(en): slug})
    return ImportContext(taxonomy_load(), places, languages)


def _collect(parsed: list[Parsed], report: Report, known: dict[str, writer.KnownIds]):
    """Organisations and locations by id; one id with two different contents is an error."""
    orgs, locations = {}, {}
    for item in parsed:
        pairs = [(orgs, item.organisation)] if item.organisation else []
        pairs += [(locations, loc) for loc in item.locations]
        for store, record in pairs:
            first = store.setdefault(record.hsds_id, record)
            if first != record:
                report.error(
                    item.where.file,
                    item.where.row,
                    "id",
                    _("'%(name)s' (id %(id)s) staat er twee keer in, met andere gegevens.")
                    % {"name": record.name, "id": record.hsds_id},
                )
    for key, loc in list(locations.items()):
        if loc.organisation_id not in orgs and loc.organisation_id not in known["organisation"]:
            # HSDS makes a location's organisation optional; ours must have one.
            owner = next(p.service.organisation_id for p in parsed if loc in p.locations)
            locations[key] = dataclasses.replace(loc, organisation_id=owner)
            where = next(
                w
                for p in parsed
                for lc, w in zip(p.locations, p.location_wheres, strict=True)
                if lc is loc
            )
            report.warn(
                where.file,
                where.row,
                where.field("organization_id"),
                _(
                    "De organisatie van deze locatie staat niet in het bestand: we nemen die van "
                    "het aanbod."
                ),
            )
    for item in parsed:
        svc, where = item.service, item.where
        if svc.organisation_id not in orgs and svc.organisation_id not in known["organisation"]:
            report.error(
                where.file,
                where.row,
                where.field("organization_id"),
                _("Deze organisatie staat niet in het bestand en is hier niet bekend."),
            )
        for loc_id in (*svc.location_ids, svc.area_centre_id):
            if loc_id and loc_id not in locations and loc_id not in known["location"]:
                report.error(
                    where.file,
                    where.row,
                    where.field("service_at_locations"),
                    _("Locatie %(id)s staat niet in het bestand en is hier niet bekend.")
                    % {"id": loc_id},
                )
    return orgs, locations


def _locate(locations: dict[str, LocationRecord], parsed: list[Parsed], report: Report):
    """Fill missing points and municipalities from the shipped postcode table."""
    wheres = {
        loc.hsds_id: w
        for p in parsed
        for loc, w in zip(p.locations, p.location_wheres, strict=True)
    }
    pc4 = {
        pc: (lat, lon, code)
        for pc, lat, lon, code in Postcode.objects.values_list(
            "pc4", "latitude", "longitude", "municipality__code"
        )
    }
    out = {}
    for key, loc in locations.items():
        found = pc4.get(loc.postcode[:4])
        if found is None:
            if loc.postcode:
                at = wheres.get(key, Where("", 0))
                report.error(
                    at.file, at.row, at.field("postal_code"), _("Deze postcode kennen we niet.")
                )
            out[key] = loc
            continue
        lat, lon = (loc.latitude, loc.longitude) if loc.latitude is not None else found[:2]
        out[key] = dataclasses.replace(
            loc, latitude=lat, longitude=lon, municipality_code=loc.municipality_code or found[2]
        )
    return out


def _fill_areas(parsed: list[Parsed], locations, report: Report) -> list[Parsed]:
    """A service without a service area works where its locations are (said in the report)."""
    out = []
    for item in parsed:
        svc = item.service
        if svc.area_type == "radius" and not svc.area_centre_id and svc.location_ids:
            svc = dataclasses.replace(svc, area_centre_id=svc.location_ids[0])
        if svc.area_type == "municipalities" and not svc.area_municipalities:
            codes = {
                locations[i].municipality_code
                for i in svc.location_ids
                if i in locations and locations[i].municipality_code
            }
            svc = dataclasses.replace(svc, area_municipalities=tuple(sorted(codes)))
            report.warn(
                item.where.file,
                item.where.row,
                item.where.field("service_areas"),
                _("Geen werkgebied: we nemen de gemeenten van de locaties.")
                if codes
                else _("Geen werkgebied en geen locatie: dit aanbod is nergens te vinden."),
            )
        out.append(dataclasses.replace(item, service=svc))
    return out


def _check_rules(parsed: list[Parsed], orgs, locations, report: Report) -> None:
    for item in parsed:
        checks.check_fields(Service, item.service, checks.SERVICE_FIELDS, item.where, report)
        if item.organisation:
            where = item.where.child({}, "organization")
            checks.check_fields(
                Organisation, item.organisation, checks.ORGANISATION_FIELDS, where, report
            )
        for loc, where in zip(item.locations, item.location_wheres, strict=True):
            checks.check_fields(Location, loc, checks.LOCATION_FIELDS, where, report)
    kvks: dict[str, str] = {}
    for org in orgs.values():
        if org.kvk_number and kvks.setdefault(org.kvk_number, org.hsds_id) != org.hsds_id:
            report.error(
                "",
                0,
                "organization_identifiers",
                _("KvK-nummer %(kvk)s hoort bij twee organisaties in het bestand.")
                % {"kvk": org.kvk_number},
            )
