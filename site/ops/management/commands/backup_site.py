"""manage.py backup_site PATH: database and media into one .tar.gz."""

from pathlib import Path

from django.core.management.base import BaseCommand
from steunwijzer.ops.backup import backup_site


class Command(BaseCommand):
    help = "Write the database (fixtures with natural keys) and the media files to PATH (.tar.gz)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        backup_site(path, report=lambda line: self.stdout.write(self.style.SUCCESS(line)))
