"""Backup and restore of one installation: the database as Django fixtures plus media files.

One .tar.gz holds manifest.json (versions and applied migrations), data.json (dumpdata, every
primary key kept, content types by natural key: see steunwijzer.ops.serializer) and media/
(every file of the default storage except renditions). Wagtail's pitfalls, and what is done
about them:

- Migrations create a root page, a "Welcome" page, a default Site, the root collection, the
  default locale, groups and a workflow. Loading over them clashes on tree paths and unique
  keys, so restore empties every table first (empty_tables) and loads the backup's copies.
- Content types and permissions differ in ids between databases: they are not dumped, and
  every reference to them is written as a natural key (app label and model name).
- Audit-log entries (PageLogEntry) keep pointing at pages that were deleted. Natural foreign
  keys would make dumpdata fetch those pages and fail; ids are kept instead, and since that
  foreign key has no database constraint they load as they were: the history is not lost.
- Search entries, renditions, the reference index, sessions and login-attempt records (client
  addresses) are not dumped: they are derived or personal. After loading, update_index and
  rebuild_references_index run, and the directory's Elasticsearch index when configured.
"""

import io
import json
import logging
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

FORMAT = 1
SERIALIZER = "steunwijzer-json"
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "wagtailsearch",  # index entries and search-term statistics: rebuilt, or not kept
    "wagtailimages.rendition",
    "wagtailcore.referenceindex",
    "wagtailadmin.editingsession",
    "axes",  # login attempts with client addresses
]
# Renditions are made again on first use; their rows are not dumped either.
SKIPPED_MEDIA_DIRS = ("images",)

logger = logging.getLogger(__name__)
Report = Callable[[str], None]


class BackupError(Exception):
    """A backup that cannot be restored here; the message says why."""


def _media_files(directory: str = "") -> Iterator[str]:
    dirs, files = default_storage.listdir(directory)
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for name in sorted(dirs):
        if not directory and name in SKIPPED_MEDIA_DIRS:
            continue
        yield from _media_files(f"{directory}/{name}" if directory else name)


def _applied_migrations() -> list[list[str]]:
    recorder = MigrationRecorder(connections[DEFAULT_DB_ALIAS])
    return sorted([app, name] for app, name in recorder.applied_migrations())


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    tar.addfile(info, io.BytesIO(data))


def backup_site(path: Path, *, report: Report = lambda line: None) -> dict:
    """Write the database and the media files into one .tar.gz; returns the manifest."""
    try:
        media = list(_media_files())
    except FileNotFoundError:  # no media folder yet
        media = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data.json"
        serializers.register_serializer(SERIALIZER, "steunwijzer.ops.serializer")
        call_command(
            "dumpdata",
            format=SERIALIZER,
            exclude=EXCLUDED,
            output=str(data),
            verbosity=0,
        )
        objects = len(json.loads(data.read_text()))
        manifest = {
            "format": FORMAT,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "objects": objects,
            "media_files": len(media),
            "migrations": _applied_migrations(),
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(path, "w:gz") as tar:
            _add_bytes(tar, "manifest.json", json.dumps(manifest, indent=1).encode())
            tar.add(data, arcname="data.json")
            for name in media:
                with default_storage.open(name, "rb") as handle:
                    _add_bytes(tar, f"media/{name}", handle.read())
    report(f"{objects} objects and {len(media)} media files written to {path}")
    return manifest


def _safe_media_name(member: tarfile.TarInfo) -> str | None:
    """The storage name of a media member, or None for anything that is not a plain file."""
    name = PurePosixPath(member.name)
    if not member.isfile() or name.parts[:1] != ("media",) or len(name.parts) < 2:
        return None
    if ".." in name.parts or name.is_absolute():
        raise BackupError(f"Unsafe file name in the backup: {member.name}")
    return str(PurePosixPath(*name.parts[1:]))


def _check_migrations(manifest: dict) -> None:
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise BackupError("The database is not migrated. Run `manage.py migrate` first.")
    known = {tuple(m) for m in _applied_migrations()}
    unknown = sorted({tuple(m) for m in manifest["migrations"]} - known)
    if unknown:
        raise BackupError(
            "The backup was made by a newer version of the code (migrations "
            f"{', '.join('.'.join(m) for m in unknown[:5])} are unknown here). "
            "Deploy that version, migrate, then restore."
        )


def empty_tables() -> None:
    """Empty every table but content types, permissions and the migration history.

    This removes what migrations created (root page, "Welcome" page, default site, root
    collection, locale, groups, workflow), which would clash with the backup's copies. Content
    types and permissions stay: some permissions come from data migrations (wagtail-localize's),
    so `flush` followed by post_migrate would not bring them back.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    kept = {ContentType._meta.db_table, Permission._meta.db_table, "django_migrations"}
    tables = [
        t for t in connection.introspection.django_table_names(only_existing=True) if t not in kept
    ]
    statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=True)
    pending_checks = connection.vendor == "postgresql" and connection.in_atomic_block
    if pending_checks:
        # PostgreSQL refuses TRUNCATE while deferred foreign-key checks of earlier writes in
        # the same transaction are pending: run them now, and defer again for the load.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    connection.ops.execute_sql_flush(statements)
    if pending_checks:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    ContentType.objects.clear_cache()


def restore_site(path: Path, *, report: Report = lambda line: None) -> dict:
    """Replace this database and the media files with the backup's; returns the manifest."""
    with tarfile.open(path, "r:gz") as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        if manifest.get("format") != FORMAT:
            raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
        _check_migrations(manifest)
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data.json"
            data.write_bytes(tar.extractfile("data.json").read())
            empty_tables()
            call_command("loaddata", str(data), verbosity=0)
        media = 0
        for member in tar.getmembers():
            name = _safe_media_name(member)
            if name is None:
                continue
            if default_storage.exists(name):
                default_storage.delete(name)
            saved = default_storage.save(name, ContentFile(tar.extractfile(member).read()))
            if saved != name:
                raise BackupError(f"Media file {name} was stored as {saved}.")
            media += 1
    report(f"{manifest['objects']} objects and {media} media files restored from {path}")
    _rebuild(report)
    return manifest


def _rebuild(report: Report) -> None:
    from steunwijzer.ops.cache import purge_all
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()
    purge_all()
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)
    if settings.DIRECTORY_ELASTICSEARCH_URL:
        call_command("rebuild_directory_index", verbosity=0)
    report("Search index and reference index rebuilt.")
