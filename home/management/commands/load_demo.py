"""Load the demo content of every app. Safe to run again: it updates instead of duplicating."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from home.models import HomePage


class Command(BaseCommand):
    help = "Load realistic, clearly marked demo content (two municipal sites) for every app."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has a home page (used by `make run`).",
        )

    def handle(self, *args, if_empty: bool = False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("Demo content is already there; nothing to do.")
            return
        # Each app that has demo data names its loader in its AppConfig as `demo_loader`;
        # they run in INSTALLED_APPS order, so the content site comes first.
        for config in apps.get_app_configs():
            loader_path = getattr(config, "demo_loader", None)
            if not loader_path:
                continue
            self.stdout.write(self.style.MIGRATE_HEADING(f"Demo: {config.verbose_name}"))
            import_string(loader_path)(report=self.stdout.write)
        # Finishers run after every loader, for links between apps' demo content.
        for config in apps.get_app_configs():
            finisher_path = getattr(config, "demo_finisher", None)
            if finisher_path:
                import_string(finisher_path)(report=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
