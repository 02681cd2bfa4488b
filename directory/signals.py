"""Keep derived data in step: the search index and radius areas when their centre changes.
(Cached pages and labels are purged by steunwijzer.ops.signals, PAGE_CACHE_PURGE_MODELS.)"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from directory.models import (
    AreaType,
    Location,
    Service,
)
from directory.search.indexing import unindex_on_commit
from directory.services import location_refresh_coverage, services_refresh_coverage


@receiver(post_delete, sender=Service)
def unindex_deleted_service(sender, instance: Service, **kwargs):
    unindex_on_commit([instance.pk])


@receiver(post_save, sender=Location)
def refresh_area_of_centred_services(sender, instance: Location, raw=False, **kwargs):
    # A moved centre moves the circle; fixtures (raw) are loaded as they are.
    if not raw:
        location_refresh_coverage(location=instance)


@receiver(pre_delete, sender=Location)
def remember_centred_services(sender, instance: Location, **kwargs):
    # on_delete=SET_NULL clears area_centre without saving the services, so note them first.
    instance._centred_service_ids = list(
        Service.objects.filter(area_type=AreaType.RADIUS, area_centre=instance).values_list(
            "pk", flat=True
        )
    )


@receiver(post_delete, sender=Location)
def refresh_area_after_centre_deleted(sender, instance: Location, **kwargs):
    ids = getattr(instance, "_centred_service_ids", [])
    if ids:
        services_refresh_coverage(service_ids=ids)
