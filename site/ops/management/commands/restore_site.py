"""manage.py restore_site PATH: replace the database and media with a backup_site archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from steunwijzer.ops.backup import BackupError, restore_site


class Command(BaseCommand):
    help = (
        "Replace EVERYTHING in this database and the media files with the backup at PATH, "
        "then rebuild the search indexes. Run `manage.py migrate` first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--no-input", action="store_false", dest="interactive", help="do not ask to confirm"
        )

    def handle(self, *args, path: Path, interactive: bool, **options):
        if not path.is_file():
            raise CommandError(f"No backup at {path}.")
        if interactive:
            answer = input("This deletes all current content and users. Type 'yes' to go on: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            restore_site(path, report=lambda line: self.stdout.write(self.style.SUCCESS(line)))
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
