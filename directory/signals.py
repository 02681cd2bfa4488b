"""Keep the search index in step when services disappear."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from directory.models import Service
from directory.search.indexing import unindex_on_commit


@receiver(post_delete, sender=Service)
def unindex_deleted_service(sender, instance: Service, **kwargs):
    unindex_on_commit([instance.pk])
