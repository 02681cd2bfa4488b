"""manage.py generate_directory --services N: synthetic services for benchmarks."""

from django.core.management.base import BaseCommand, CommandError

from directory.generate import services_generate
from directory.management.progress import progress_bar
from directory.reference_data import reference_data_load


class Command(BaseCommand):
    help = "Create N synthetic, demo-marked services spread over the country (bulk inserts)."

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, required=True, help="how many to create")
        parser.add_argument("--seed", type=int, default=1, help="random seed (repeatable data)")

    def handle(self, *args, services: int, seed: int, **options):
        if services < 1 or services > 1_000_000:
            raise CommandError("--services must be between 1 and 1,000,000.")
        reference_data_load()
        made = services_generate(
            count=services, seed=seed, progress=progress_bar(self.stdout, "services:")
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"{made} services created. Rebuild the index with "
                "`manage.py rebuild_directory_index` when you use "
                "Elasticsearch."
            )
        )
