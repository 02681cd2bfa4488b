"""manage.py rebuild_directory_index: rebuild the social map's search index from the database."""

from django.core.management.base import BaseCommand

from directory.management.progress import progress_bar
from directory.search.registry import get_backend, reset_fallback


class Command(BaseCommand):
    help = "Rebuild the search index of the social map (Elasticsearch, or the database text)."

    def handle(self, *args, **options):
        backend = get_backend()
        count = backend.rebuild(progress=progress_bar(self.stdout, f"{backend.name}:"))
        reset_fallback()
        self.stdout.write(self.style.SUCCESS(f"{count} services indexed ({backend.name})."))
