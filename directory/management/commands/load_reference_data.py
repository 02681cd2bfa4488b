"""manage.py load_reference_data: municipalities, postcodes and the standard taxonomies."""

from django.core.management.base import BaseCommand

from directory.reference_data import reference_data_load


class Command(BaseCommand):
    help = (
        "Load the shipped CBS municipalities, PC4 postcodes and standard taxonomies (idempotent)."
    )

    def handle(self, *args, **options):
        reference_data_load(report=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Reference data loaded."))
