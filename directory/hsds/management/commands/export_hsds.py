"""manage.py export_hsds [--output DIR]: the published social map as HSDS 3.0 files."""

from pathlib import Path

from django.core.management.base import BaseCommand

from directory.hsds import export, selectors
from directory.management.progress import progress_bar


class Command(BaseCommand):
    help = (
        "Write services.json (nested HSDS 3.0 services), taxonomy.json and datapackage.zip "
        "(tabular data package) of every published, active service."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", default="hsds-export", help="folder to write into")
        parser.add_argument(
            "--api-url", default="", help="absolute address of /api/hsds/ used in term URIs"
        )

    def handle(self, *args, output: str, api_url: str, **options):
        ctx = selectors.export_context(api_url=api_url)
        files = export.export_all(ctx, progress=progress_bar(self.stdout, "services:"))
        for path in export.write_all(files, Path(output)):
            self.stdout.write(f"{path} ({path.stat().st_size:,} bytes)")
        self.stdout.write(self.style.SUCCESS("HSDS export written."))
