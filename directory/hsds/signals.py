"""Forget the HSDS ids of deleted objects, so an id never points at a stranger."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from directory.hsds.models import ExternalId, Kind
from directory.models import Location, Organisation, Service

KINDS = {Organisation: Kind.ORGANISATION, Service: Kind.SERVICE, Location: Kind.LOCATION}


@receiver(post_delete, sender=Organisation)
@receiver(post_delete, sender=Service)
@receiver(post_delete, sender=Location)
def forget_external_ids(sender, instance, **kwargs):
    ExternalId.objects.filter(kind=KINDS[sender], object_id=instance.pk).delete()
