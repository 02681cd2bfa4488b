"""manage.py import_hsds PATH: HSDS 3.0 JSON, a data package zip, or a folder with CSV files."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from directory.hsds.importer import Options, import_path
from directory.hsds.report import Report
from directory.management.progress import progress_bar


class Command(BaseCommand):
    help = (
        "Import HSDS 3.0 data into the social map: checks everything first, then writes all "
        "or nothing. New and changed services are drafts unless --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="services.json, datapackage.zip or a folder of CSVs")
        parser.add_argument("--dry-run", action="store_true", help="only show what would change")
        parser.add_argument(
            "--publish", action="store_true", help="publish new and changed services"
        )

    def handle(self, *args, path: str, dry_run: bool, publish: bool, **options):
        target = Path(path)
        if not target.exists():
            raise CommandError(f"{path} does not exist.")
        report = import_path(
            target,
            Options(dry_run=dry_run, publish=publish),
            progress=progress_bar(self.stdout, "services:"),
        )
        self._print(report)
        if not report.ok:
            raise CommandError(f"{report.issue_total} error(s): nothing was written.")

    def _print(self, report: Report) -> None:
        for issue in report.issues:
            where = ":".join(str(p) for p in (issue.file, issue.row, issue.field) if p)
            self.stdout.write(f"{issue.level.upper()} {where}: {issue.message}")
        if report.issue_total > len(report.errors):
            self.stdout.write(f"... {report.issue_total - len(report.errors)} more error(s)")
        for kind, counts in report.counts.items():
            self.stdout.write(
                f"{kind}: {counts.created} new, {counts.changed} changed, "
                f"{counts.unchanged} unchanged"
            )
        if report.ok:
            state = "dry run: nothing written" if report.dry_run else "written"
            self.stdout.write(self.style.SUCCESS(f"{state} ({report.seconds} s)"))
