"""HSDS identifiers that came from elsewhere, so a second import finds the same objects."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ORGANISATION = "organisation", _("organisatie")
    SERVICE = "service", _("aanbod")
    LOCATION = "location", _("locatie")


class ExternalId(models.Model):
    """An HSDS id (uuid) another system gave one of our objects; the oldest one is exported."""

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    object_id = models.BigIntegerField(_("object"))
    hsds_id = models.UUIDField(_("HSDS-id"), default=uuid.uuid4)
    created_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("HSDS-id")
        verbose_name_plural = _("HSDS-id's")
        constraints = [
            models.UniqueConstraint(fields=["kind", "hsds_id"], name="hsds_unique_id_per_kind")
        ]
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.hsds_id}"
