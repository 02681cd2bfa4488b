"""Places where services are offered, with accessibility and opening hours."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from directory.geo import GeoPoint
from directory.opening import DatedException, Schedule, WeeklyRange

POSTCODE_VALIDATOR = RegexValidator(
    r"^\d{4}\s?[A-Za-z]{2}$", _("Vul een postcode in zoals 6001 AB.")
)
WEEKDAYS = [
    (0, _("maandag")),
    (1, _("dinsdag")),
    (2, _("woensdag")),
    (3, _("donderdag")),
    (4, _("vrijdag")),
    (5, _("zaterdag")),
    (6, _("zondag")),
]


class Location(index.Indexed, ClusterableModel):
    """An address where residents can go (HSDS `location` with `address` and `accessibility`)."""

    organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.CASCADE,
        related_name="locations",
        verbose_name=_("organisatie"),
    )
    name = models.CharField(_("naam"), max_length=160)
    street_address = models.CharField(_("straat en huisnummer"), max_length=160)
    postcode = models.CharField(_("postcode"), max_length=7, validators=[POSTCODE_VALIDATOR])
    city = models.CharField(_("plaats"), max_length=80)
    municipality = models.ForeignKey(
        "directory.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="locations",
        verbose_name=_("gemeente"),
        help_text=_("Leeg laten: wordt ingevuld vanuit de postcode."),
    )
    latitude = models.FloatField(
        _("breedtegraad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(50.5), MaxValueValidator(53.7)],
        help_text=_("Leeg laten: wordt ingevuld vanuit de postcode."),
    )
    longitude = models.FloatField(
        _("lengtegraad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(3.2), MaxValueValidator(7.3)],
    )
    wheelchair_access = models.BooleanField(_("toegankelijk met rolstoel"), default=False)
    accessible_toilet = models.BooleanField(_("aangepast toilet"), default=False)
    hearing_loop = models.BooleanField(_("ringleiding"), default=False)
    parking = models.BooleanField(_("parkeren bij de deur"), default=False)

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Adres"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wheelchair_access"),
                FieldPanel("accessible_toilet"),
                FieldPanel("hearing_loop"),
                FieldPanel("parking"),
            ],
            heading=_("Toegankelijkheid"),
        ),
        InlinePanel("opening_hours", heading=_("Openingstijden"), label=_("Tijdvak")),
        InlinePanel("opening_exceptions", heading=_("Afwijkende dagen"), label=_("Afwijking")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.AutocompleteField("name"),
        index.FilterField("organisation_id"),
    ]

    class Meta:
        verbose_name = _("locatie")
        verbose_name_plural = _("locaties")
        ordering = ["name"]
        indexes = [models.Index(fields=["latitude", "longitude"])]

    def __str__(self) -> str:
        return f"{self.name}, {self.city}"

    def clean(self):
        super().clean()
        from directory.geocoding import geocoder

        if self.postcode:
            self.postcode = self.postcode.upper().replace(" ", "")
            self.postcode = f"{self.postcode[:4]} {self.postcode[4:]}"
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Vul beide coördinaten in, of laat ze allebei leeg."))
        if self.postcode and (self.latitude is None or self.municipality_id is None):
            found = geocoder().locate(postcode=self.postcode, street_address=self.street_address)
            if found is None:
                raise ValidationError(
                    {"postcode": _("Deze postcode kennen we niet. Controleer de cijfers.")}
                )
            if self.latitude is None:
                self.latitude, self.longitude = found.point.latitude, found.point.longitude
            if self.municipality_id is None:
                self.municipality_id = found.municipality_id

    @property
    def point(self) -> GeoPoint | None:
        if self.latitude is None or self.longitude is None:
            return None
        return GeoPoint(self.latitude, self.longitude)

    def schedule(self) -> Schedule:
        """Opening hours as pure data; uses prefetched rows when the selector loaded them."""
        return Schedule(
            ranges=tuple(
                WeeklyRange(h.weekday, h.opens, h.closes) for h in self.opening_hours.all()
            ),
            exceptions=tuple(
                DatedException(
                    e.start_date, e.end_date or e.start_date, e.is_closed, e.opens, e.closes
                )
                for e in self.opening_exceptions.all()
            ),
        )


class OpeningHours(Orderable):
    """One opening range on a weekday; closing before opening means past midnight."""

    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=WEEKDAYS)
    opens = models.TimeField(_("open vanaf"))
    closes = models.TimeField(_("open tot"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("openingstijd")
        verbose_name_plural = _("openingstijden")
        ordering = ["weekday", "opens"]

    def clean(self):
        if self.opens is not None and self.opens == self.closes:
            raise ValidationError(
                {"closes": _("De sluitingstijd moet anders zijn dan de openingstijd.")}
            )


class OpeningException(Orderable):
    """A holiday, closure or different hours on dates."""

    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="opening_exceptions")
    start_date = models.DateField(_("vanaf datum"))
    end_date = models.DateField(
        _("tot en met datum"), null=True, blank=True, help_text=_("Leeg laten voor één dag.")
    )
    is_closed = models.BooleanField(_("gesloten"), default=True)
    opens = models.TimeField(_("open vanaf"), null=True, blank=True)
    closes = models.TimeField(_("open tot"), null=True, blank=True)
    note = models.CharField(
        _("toelichting"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: Tweede Paasdag.")
    )

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("is_closed"), FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("afwijkende openingstijd")
        verbose_name_plural = _("afwijkende openingstijden")
        ordering = ["start_date"]

    def clean(self):
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("De einddatum ligt voor de begindatum.")
        if not self.is_closed:
            if self.opens is None or self.closes is None:
                errors["opens"] = _("Vul de tijden in, of kies 'gesloten'.")
            elif self.closes <= self.opens:
                errors["closes"] = _(
                    "Op een afwijkende dag moet de sluitingstijd na de openingstijd liggen."
                )
        if errors:
            raise ValidationError(errors)

    @property
    def last_day(self) -> dt.date:
        return self.end_date or self.start_date
