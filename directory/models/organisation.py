"""Organisations that offer services (HSDS `organization`)."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import LockableMixin, RevisionMixin
from wagtail.search import index

KVK_VALIDATOR = RegexValidator(r"^\d{8}$", _("Een KvK-nummer heeft precies 8 cijfers."))
PHONE_VALIDATOR = RegexValidator(
    r"^\+?[\d\s\-()]{6,20}$", _("Vul een telefoonnummer in met cijfers, zoals 0495-123456.")
)


class OrganisationStatus(models.TextChoices):
    ACTIVE = "active", _("actief")
    INACTIVE = "inactive", _("gestopt")


class Organisation(LockableMixin, RevisionMixin, index.Indexed, models.Model):
    """A provider: a foundation, association, municipality or volunteer group."""

    name = models.CharField(_("naam"), max_length=160)
    description = models.TextField(_("beschrijving"), blank=True, max_length=2000)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True, validators=[PHONE_VALIDATOR])
    kvk_number = models.CharField(
        _("KvK-nummer"),
        max_length=8,
        blank=True,
        null=True,
        unique=True,
        validators=[KVK_VALIDATOR],
        help_text=_(
            "Niet verplicht. Zo ziet u het als een organisatie twee keer in de lijst staat."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    is_municipal = models.BooleanField(
        _("onderdeel van de gemeente"),
        default=False,
        help_text=_("Bijvoorbeeld het Wmo-loket of een gebiedsteam."),
    )
    is_independent = models.BooleanField(
        _("onafhankelijk"),
        default=False,
        help_text=_("Beslist niet over voorzieningen en is geen zorgaanbieder."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=OrganisationStatus.choices,
        default=OrganisationStatus.ACTIVE,
    )
    is_demo = models.BooleanField(_("demo-inhoud"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")
        ),
        FieldPanel("kvk_number"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("is_municipal"),
                FieldPanel("is_independent"),
                FieldPanel("status"),
                FieldPanel("is_demo"),
            ],
            heading=_("Soort en status"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        # An empty string would collide with other empty ones under the unique constraint.
        self.kvk_number = (self.kvk_number or "").strip() or None
        if self.is_municipal and self.is_independent:
            raise ValidationError(
                {"is_independent": _("Een onderdeel van de gemeente is niet onafhankelijk.")}
            )
