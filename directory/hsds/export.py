"""The published social map as HSDS 3.0: nested JSON, and the tabular CSV data package."""

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from directory.hsds import selectors, tabular
from directory.hsds.mapping import ExportContext, service_to_hsds, taxonomy_to_hsds, term_to_hsds
from directory.hsds.models import Kind
from directory.models import Service

Progress = Callable[[int, int], None]
SERVICES_FILE, TAXONOMY_FILE, PACKAGE_FILE = "services.json", "taxonomy.json", "datapackage.zip"
CHUNK = 500


def iter_services(
    ctx: ExportContext,
    *,
    qs: QuerySet[Service] | None = None,
    nested: bool = True,
    progress: Progress | None = None,
) -> Iterator[dict]:
    """HSDS service objects of published services, in id order, a chunk of queries at a time."""
    services = selectors.services_for_export(qs)
    total = services.count() if progress else 0
    chunk: list[Service] = []
    done = 0
    for svc in services.iterator(chunk_size=CHUNK):
        chunk.append(svc)
        if len(chunk) == CHUNK:
            yield from service_documents(chunk, ctx, nested=nested)
            done, chunk = done + len(chunk), []
            if progress:
                progress(done, total)
    yield from service_documents(chunk, ctx, nested=nested)
    if progress and total:
        progress(total, total)


def service_documents(services: list[Service], ctx: ExportContext, *, nested: bool) -> list[dict]:
    """HSDS objects of services loaded by selectors.services_for_export, in the same order."""
    ids = selectors.id_maps_for(services)
    out = []
    for svc in services:
        record = selectors.service_record(svc, ids)
        org = selectors.org_record(svc.organisation, ids[Kind.ORGANISATION])
        places = list(svc.locations.all())
        if svc.area_centre is not None:
            places.append(svc.area_centre)
        locations = {}
        for loc in places:
            rec = selectors.location_record(loc, ids[Kind.LOCATION], ids[Kind.ORGANISATION])
            locations[rec.hsds_id] = rec
        out.append(service_to_hsds(record, org, locations, ctx, nested=nested))
    return out


def taxonomy_document(ctx: ExportContext) -> dict:
    """Our taxonomies and all their terms, published alongside the services."""
    return {
        "taxonomies": [taxonomy_to_hsds(g, ctx) for g in ctx.taxonomy.groups()],
        "taxonomy_terms": [term_to_hsds(t, ctx) for t in ctx.taxonomy.terms],
    }


def tables(services: list[dict], ctx: ExportContext) -> dict[str, list[dict]]:
    """Services and the taxonomy as rows per HSDS table."""
    taxonomy = taxonomy_document(ctx)
    return tabular.flatten(
        services,
        "service",
        {"taxonomy": taxonomy["taxonomies"], "taxonomy_term": taxonomy["taxonomy_terms"]},
    )


def package_bytes(rows: dict[str, list[dict]]) -> bytes:
    """The tabular data package as a zip: datapackage.json and one CSV per table."""
    meta = tabular.descriptor(
        title=settings.HSDS_API_TITLE,
        license_name=settings.HSDS_LICENSE_NAME,
        license_url=settings.HSDS_LICENSE_URL,
        created=timezone.now().replace(microsecond=0).isoformat(),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(meta, ensure_ascii=False, indent=2))
        for table in tabular.TABLES:
            archive.writestr(tabular.file_name(table), tabular.to_csv(table, rows[table]))
    return buffer.getvalue()


def json_bytes(doc) -> bytes:
    """JSON in UTF-8 without indentation: deep nesting would double the size."""
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def export_all(ctx: ExportContext, *, progress: Progress | None = None) -> dict[str, bytes]:
    """Every export file by name: services.json, taxonomy.json and datapackage.zip."""
    services = list(iter_services(ctx, progress=progress))
    return {
        SERVICES_FILE: json_bytes(services),
        TAXONOMY_FILE: json_bytes(taxonomy_document(ctx)),
        PACKAGE_FILE: package_bytes(tables(services, ctx)),
    }


def write_all(files: dict[str, bytes], folder: Path) -> list[Path]:
    """Write the export files into a folder (created when missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        written.append(folder / name)
    return written
