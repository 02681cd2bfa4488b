"""Offline reference data: CBS municipalities and 4-digit postcodes with a point."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.geo import GeoPoint


class Municipality(models.Model):
    """A Dutch municipality with its CBS code (GM####)."""

    code = models.CharField(_("CBS-code"), max_length=6, unique=True)
    name = models.CharField(_("naam"), max_length=80)
    province = models.CharField(_("provincie"), max_length=40)

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Postcode(models.Model):
    """A 4-digit postcode area (PC4) with one representative point."""

    pc4 = models.CharField(_("postcode"), max_length=4, unique=True)
    latitude = models.FloatField(_("breedtegraad"))
    longitude = models.FloatField(_("lengtegraad"))
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="postcodes",
        verbose_name=_("gemeente"),
    )

    class Meta:
        verbose_name = _("postcodegebied")
        verbose_name_plural = _("postcodegebieden")
        ordering = ["pc4"]

    def __str__(self) -> str:
        return self.pc4

    @property
    def point(self) -> GeoPoint:
        return GeoPoint(self.latitude, self.longitude)
