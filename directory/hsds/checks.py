"""Checks before anything is written: schemas, references, duplicates and our own rules."""

from collections.abc import Callable, Iterator

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from directory.hsds import tabular, validation
from directory.hsds.limits import Deadline, Source
from directory.hsds.report import Report, Where
from directory.models import Location, Organisation, Service

# (table, column, table it points at); an empty cell points nowhere and is fine.
REFERENCES = (
    ("service", "organization_id", "organization"),
    ("location", "organization_id", "organization"),
    ("organization_identifier", "organization_id", "organization"),
    ("service_at_location", "service_id", "service"),
    ("service_at_location", "location_id", "location"),
    ("address", "location_id", "location"),
    ("accessibility", "location_id", "location"),
    ("phone", "service_id", "service"),
    ("phone", "organization_id", "organization"),
    ("phone", "location_id", "location"),
    ("schedule", "service_id", "service"),
    ("schedule", "location_id", "location"),
    ("service_area", "service_id", "service"),
    ("language", "service_id", "service"),
    ("language", "location_id", "location"),
    ("taxonomy_term", "taxonomy_id", "taxonomy"),
)
Progress = Callable[[int, int], None]


def json_services(source: Source, report: Report) -> Iterator[tuple[dict, Where]]:
    """Every service in the JSON documents, with where it is (file and 1-based item)."""
    for name, doc in source.json_docs:
        if isinstance(doc, dict) and ("taxonomies" in doc or "taxonomy_terms" in doc):
            continue  # our published taxonomy: terms are matched by id, nothing to import
        items = doc
        if isinstance(doc, dict):
            items = doc.get("services", doc.get("contents", [doc] if "id" in doc else None))
        if not isinstance(items, list):
            report.error(name, 0, "", _("Hier verwachtten we een lijst met HSDS-diensten."))
            continue
        for i, item in enumerate(items, start=1):
            yield item, Where(name, i)


def check_json(
    items: list[tuple[dict, Where]], report: Report, deadline: Deadline, progress: Progress | None
) -> None:
    """Every service against HSDS's service schema; ids must be unique."""
    seen: dict[str, Where] = {}
    for n, (item, where) in enumerate(items, start=1):
        if n % 200 == 0:
            deadline.check()
            if progress:
                progress(n, len(items))
        for problem in validation.fast_problems(item, "service.json", limit=20):
            report.error(where.file, where.row, problem.path, problem.message)
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            first = seen.setdefault(item["id"], where)
            if first is not where:
                report.error(
                    where.file,
                    where.row,
                    "id",
                    _("Deze id staat er al eerder in (item %(row)d).") % {"row": first.row},
                )


def check_tables(source: Source, report: Report, deadline: Deadline) -> None:
    """Every CSV row against its table's schema; unique ids; references that resolve."""
    ids: dict[str, set[str]] = {}
    for table, rows in source.tables.items():
        seen: dict[str, int] = {}
        typed_rows = []
        for n, raw in enumerate(rows, start=1):
            if n % 500 == 0:
                deadline.check()
            file, line = raw["__origin__"]
            row, issues = tabular.typed_row(table, raw)
            for column, message in issues:
                report.error(file, line, column, message)
            for problem in validation.fast_row_problems(row, table):
                report.error(file, line, problem.path or "id", problem.message)
            row_id = str(row.get("id", ""))
            if row_id in seen:
                report.error(
                    file,
                    line,
                    "id",
                    _("Deze id staat er al eerder in (regel %(line)d).") % {"line": seen[row_id]},
                )
            seen[row_id] = line
            row["__origin__"] = raw["__origin__"]
            typed_rows.append(row)
        source.tables[table] = typed_rows
        ids[table] = set(seen)
    for table, column, target in REFERENCES:
        if table not in source.tables:
            continue
        known = ids.get(target, set())
        for row in source.tables[table]:
            value = row.get(column)
            if value and value not in known:
                file, line = row["__origin__"]
                report.error(
                    file,
                    line,
                    column,
                    _("Verwijst naar '%(id)s', maar dat staat niet in %(file)s.")
                    % {"id": value, "file": tabular.file_name(target)},
                )


SERVICE_FIELDS = {
    "name": "name",
    "short_description": "short_description",
    "phone": "phone",
    "email": "email",
    "website": "url",
    "cost_description": "fees_description",
    "eligibility": "eligibility_description",
    "how_to_apply": "application_process",
}
ORGANISATION_FIELDS = {
    "name": "name",
    "description": "description",
    "website": "website",
    "email": "email",
    "phone": "phones",
    "kvk_number": "organization_identifiers",
}
LOCATION_FIELDS = {
    "name": "name",
    "street_address": "addresses.address_1",
    "city": "addresses.city",
}


def check_fields(model, record, names: dict[str, str], where: Where, report: Report) -> None:
    """Our own rules (lengths, formats, required) on the values we would save."""
    for ours, theirs in names.items():
        value = getattr(record, ours)
        if value in ("", None) and model._meta.get_field(ours).blank:
            continue
        try:
            model._meta.get_field(ours).clean(value, None)
        except ValidationError as exc:
            report.error(where.file, where.row, where.field(theirs), " ".join(exc.messages))


MODELS = {"service": Service, "organisation": Organisation, "location": Location}
