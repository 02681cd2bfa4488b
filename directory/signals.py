"""Keep derived data in step: the search index, radius areas when their centre changes, and
cached labels when editors change a term or a municipality."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from steunwijzer.ops.signals import purge_on_commit

from directory.models import (
    AreaType,
    Language,
    LifeDomain,
    Location,
    Municipality,
    Service,
    SupportLine,
    TargetGroup,
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


# Search forms, facets and detail pages show these labels, and directory.terms caches them
# under the page cache's generation; a purge makes both the cached pages and labels stale.
for _model in (SupportLine, LifeDomain, TargetGroup, Language, Municipality):
    _uid = f"directory.labels.{_model._meta.model_name}"
    post_save.connect(purge_on_commit, sender=_model, dispatch_uid=f"{_uid}.save")
    post_delete.connect(purge_on_commit, sender=_model, dispatch_uid=f"{_uid}.delete")
