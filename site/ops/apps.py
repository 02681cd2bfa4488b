from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: health, logging, faults, the page cache and backup/restore commands."""

    name = "steunwijzer.ops"
    label = "ops"
    verbose_name = "Operations"

    def ready(self):
        from steunwijzer.ops import signals

        signals.connect()
