"""Read an upload or a path within limits: size, zip members, rows, nesting depth and time."""

import csv
import io
import json
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from directory.hsds import tabular
from directory.hsds.report import Report

MB = 1024 * 1024
CSV_FIELD_LIMIT = 100_000  # characters in one cell; more is not a social map


@dataclass(frozen=True)
class Limits:
    """How much an import may read and how long it may take."""

    max_bytes: int
    max_unzipped: int
    max_members: int
    max_ratio: int
    max_rows: int
    max_depth: int
    seconds: int

    @classmethod
    def from_settings(cls) -> "Limits":
        return cls(
            max_bytes=settings.HSDS_IMPORT_MAX_BYTES,
            max_unzipped=settings.HSDS_IMPORT_MAX_UNZIPPED_BYTES,
            max_members=settings.HSDS_IMPORT_MAX_ZIP_MEMBERS,
            max_ratio=settings.HSDS_IMPORT_MAX_ZIP_RATIO,
            max_rows=settings.HSDS_IMPORT_MAX_ROWS,
            max_depth=settings.HSDS_IMPORT_MAX_DEPTH,
            seconds=settings.HSDS_IMPORT_MAX_SECONDS,
        )


class TooLong(Exception):
    """The import ran out of time; nothing is written."""


class Deadline:
    """Raises TooLong once the import has used up its seconds."""

    def __init__(self, seconds: float):
        self.seconds, self.end = seconds, time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise TooLong(
                _("Het inlezen duurde langer dan %(s)d seconden. Er is niets opgeslagen.")
                % {"s": self.seconds}
            )


@dataclass
class Source:
    """What was read: JSON documents by file, and CSV rows by table."""

    json_docs: list[tuple[str, Any]] = field(default_factory=list)
    tables: dict[str, list[dict]] = field(default_factory=dict)


def _mb(n: int) -> str:
    return f"{n / MB:.1f}".replace(".", ",")


def read_bytes(name: str, data: bytes, limits: Limits, report: Report) -> Source | None:
    """An uploaded file: a JSON document or a zip with datapackage.json and CSV files."""
    if len(data) > limits.max_bytes:
        report.error(
            name,
            0,
            "",
            _("Het bestand is %(size)s MB. Dat is te groot: de grens is %(max)s MB.")
            % {"size": _mb(len(data)), "max": _mb(limits.max_bytes)},
        )
        return None
    if data[:4] == b"PK\x03\x04":
        files = _unzip(name, data, limits, report)
        return None if files is None else _from_files(files, limits, report)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{"):
        return _from_files({name: data}, limits, report)
    report.error(
        name,
        0,
        "",
        _(
            "Dit bestand kunnen we niet lezen. Kies een JSON-bestand of een zip met "
            "datapackage.json en de CSV-bestanden."
        ),
    )
    return None


def read_path(path: Path, limits: Limits, report: Report) -> Source | None:
    """A file, or a folder holding datapackage.json and CSV files (command line)."""
    if path.is_dir():
        files, total = {}, 0
        for item in sorted(path.iterdir()):
            if item.suffix.lower() in (".csv", ".json") and item.is_file():
                total += item.stat().st_size
                if total > limits.max_unzipped:
                    report.error(item.name, 0, "", _("De bestanden samen zijn te groot."))
                    return None
                files[item.name] = item.read_bytes()
        return _from_files(files, limits, report)
    if path.stat().st_size > limits.max_bytes:
        # Checked before reading, so a huge file is never loaded into memory.
        _too_big(path, limits, report)
        return None
    return read_bytes(path.name, path.read_bytes(), limits, report)


def _too_big(path: Path, limits: Limits, report: Report) -> None:
    report.error(
        path.name,
        0,
        "",
        _("Het bestand is %(size)s MB. Dat is te groot: de grens is %(max)s MB.")
        % {"size": _mb(path.stat().st_size), "max": _mb(limits.max_bytes)},
    )


def _unzip(name: str, data: bytes, limits: Limits, report: Report) -> dict[str, bytes] | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, ValueError, OSError):
        report.error(name, 0, "", _("Dit zip-bestand is beschadigd."))
        return None
    if len(members) > limits.max_members:
        report.error(
            name,
            0,
            "",
            _("De zip heeft %(n)d bestanden; meer dan %(max)d lezen we niet.")
            % {"n": len(members), "max": limits.max_members},
        )
        return None
    declared = sum(i.file_size for i in members)
    ratio = max((i.file_size / max(i.compress_size, 1) for i in members), default=0)
    if declared > limits.max_unzipped or (ratio > limits.max_ratio and declared > MB):
        report.error(
            name,
            0,
            "",
            _("Uitgepakt wordt de zip %(size)s MB. Dat is te groot: de grens is %(max)s MB.")
            % {"size": _mb(declared), "max": _mb(limits.max_unzipped)},
        )
        return None
    files: dict[str, bytes] = {}
    budget = limits.max_unzipped
    for info in members:
        base = info.filename.rsplit("/", 1)[-1]
        if base.lower().endswith(".zip"):
            report.error(name, 0, base, _("Een zip in een zip lezen we niet."))
            return None
        if not base.lower().endswith((".csv", ".json")) or base.startswith("."):
            continue
        try:
            with archive.open(info) as handle:
                # The sizes in a zip can lie: never read more than the budget left.
                content = handle.read(budget + 1)
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError):
            report.error(name, 0, base, _("Dit bestand in de zip is beschadigd of versleuteld."))
            return None
        budget -= len(content)
        if budget < 0:
            report.error(name, 0, base, _("Uitgepakt is de zip te groot."))
            return None
        files[base] = content
    return files


def _from_files(files: dict[str, bytes], limits: Limits, report: Report) -> Source | None:
    source = Source()
    by_file = {tabular.file_name(t): t for t in tabular.TABLES}
    csv_files = {n: d for n, d in files.items() if n.lower().endswith(".csv")}
    for name, data in files.items():
        if name.lower().endswith(".csv"):
            continue
        doc = parse_json(name, data, limits, report)
        if doc is not None and name != "datapackage.json":
            source.json_docs.append((name, doc))
    for name, data in csv_files.items():
        table = by_file.get(name)
        if table is None:
            report.warn(name, 0, "", _("Dit bestand hoort niet bij HSDS; we lezen het niet."))
            continue
        rows = parse_csv(name, table, data, limits, report)
        if rows is not None:
            source.tables[table] = rows
    if csv_files:
        if "datapackage.json" not in files:
            report.warn(
                "datapackage.json", 0, "", _("Dit bestand ontbreekt. We lezen de CSV's op naam.")
            )
        for table in ("organization", "service"):
            if table not in source.tables and not report.issue_total:
                report.error(tabular.file_name(table), 0, "", _("Dit bestand ontbreekt."))
    elif not source.json_docs and not report.issue_total:
        report.error("", 0, "", _("We vonden geen JSON- of CSV-bestanden."))
    return source


def parse_json(name: str, data: bytes, limits: Limits, report: Report) -> Any | None:
    """Decode and parse JSON, refusing deep nesting before anything walks it."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.error(name, _line(data, exc.start), "", _("Dit bestand is geen UTF-8-tekst."))
        return None
    try:
        doc = json.loads(text)
    except RecursionError:
        report.error(name, 0, "", _depth_message(limits))
        return None
    except json.JSONDecodeError as exc:
        report.error(
            name,
            exc.lineno,
            "",
            _("Dit is geen geldige JSON (regel %(line)d, teken %(col)d).")
            % {"line": exc.lineno, "col": exc.colno},
        )
        return None
    except ValueError:
        report.error(name, 0, "", _("Dit is geen geldige JSON: een getal is te lang."))
        return None
    if _too_deep(doc, limits.max_depth):
        report.error(name, 0, "", _depth_message(limits))
        return None
    return doc


def _depth_message(limits: Limits) -> str:
    return _("De JSON is te diep genest (meer dan %(max)d niveaus).") % {"max": limits.max_depth}


def _too_deep(doc: Any, max_depth: int) -> bool:
    stack = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > max_depth:
                return True
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)
    return False


def _line(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def parse_csv(name: str, table: str, data: bytes, limits: Limits, report: Report):
    """CSV rows as dicts with their origin (file, line); None when the file cannot be read."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.error(
            name,
            _line(data, exc.start),
            "",
            _(
                "Dit bestand is geen UTF-8-tekst. Sla het op als 'CSV UTF-8' "
                "en probeer het opnieuw."
            ),
        )
        return None
    header = text.split("\n", 1)[0]
    if "," not in header and (";" in header or "\t" in header):
        sign = _("puntkomma's") if ";" in header else _("tabs")
        report.error(
            name,
            1,
            "",
            _("De kolommen zijn gescheiden door %(sign)s. Gebruik komma's.") % {"sign": sign},
        )
        return None
    csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = []
    try:
        columns = reader.fieldnames or []
        if len(set(columns)) != len(columns):
            report.error(name, 1, "", _("Een kolomnaam staat er twee keer in."))
            return None
        missing = sorted(tabular.schema_required_fields(table) - set(columns))
        for column in missing:
            report.error(name, 1, column, _("Deze verplichte kolom ontbreekt."))
        if missing:
            return None
        for row in reader:
            # The row number a spreadsheet shows: the header is 1, a cell may hold line breaks.
            line = len(rows) + 2
            if len(rows) >= limits.max_rows:
                report.error(
                    name,
                    line,
                    "",
                    _("Meer dan %(max)d rijen lezen we niet.") % {"max": limits.max_rows},
                )
                return None
            if None in row:
                report.error(name, line, "", _("Deze rij heeft te veel kolommen."))
                continue
            row["__origin__"] = (name, line)
            rows.append(row)
    except csv.Error as exc:
        report.error(
            name, reader.line_num, "", _("Deze rij kunnen we niet lezen: %(e)s") % {"e": exc}
        )
        return None
    return rows
