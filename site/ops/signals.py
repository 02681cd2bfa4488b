"""Purge the page cache when what pages show changes: publishing, moving, providers, settings.

Receivers are connected here (not in the apps that own the models), and purge on commit: the
admin saves a service and then its many-to-many fields, and a page stored in between would
otherwise keep the half-saved state.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from steunwijzer.ops.cache import purge_all
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

UID = "steunwijzer.ops.purge"


def purge_on_commit(**kwargs) -> None:
    """Purge after the current transaction commits (at once outside a transaction)."""
    transaction.on_commit(purge_all)


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        purge_on_commit()


def connect() -> None:
    """Connect the purge to Wagtail's publishing signals and to the listed models."""
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(purge_on_commit, dispatch_uid=UID)
    post_delete.connect(_page_deleted, dispatch_uid=f"{UID}.page-delete")
    for label in settings.PAGE_CACHE_PURGE_MODELS:
        model = apps.get_model(label)
        post_save.connect(purge_on_commit, sender=model, dispatch_uid=f"{UID}.{label}.save")
        post_delete.connect(purge_on_commit, sender=model, dispatch_uid=f"{UID}.{label}.delete")
