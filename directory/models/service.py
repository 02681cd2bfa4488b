"""Services: what a resident gets, and the unit of search (HSDS `service`)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from directory.admin_forms import ServiceAdminForm
from directory.models.organisation import PHONE_VALIDATOR
from directory.search.text import index_text

MAX_RADIUS_KM = 100


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("actief")
    TEMPORARILY_CLOSED = "temporarily_closed", _("tijdelijk gesloten")
    ENDED = "ended", _("gestopt")


class AreaType(models.TextChoices):
    MUNICIPALITIES = "municipalities", _("gemeenten")
    RADIUS = "radius", _("straal rond een locatie")


class Service(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One offer of one organisation, e.g. "Onafhankelijke cliëntondersteuning Weert"."""

    organisation = models.ForeignKey(
        "directory.Organisation",
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("organisatie"),
    )
    name = models.CharField(_("naam"), max_length=160)
    slug = models.SlugField(
        _("deel van het webadres"),
        max_length=160,
        blank=True,
        help_text=_("Leeg laten: wordt gemaakt uit de naam."),
    )
    short_description = models.CharField(
        _("korte beschrijving"),
        max_length=300,
        help_text=_("Eén of twee zinnen in eenvoudige taal, voor de zoekresultaten."),
    )
    description = RichTextField(
        _("beschrijving"), blank=True, features=["bold", "italic", "link", "ul", "ol", "h3"]
    )
    support_line = models.ForeignKey(
        "directory.SupportLine",
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("ondersteuningslijn"),
    )
    life_domains = ParentalManyToManyField(
        "directory.LifeDomain", related_name="services", verbose_name=_("levensdomeinen")
    )
    target_groups = ParentalManyToManyField(
        "directory.TargetGroup", related_name="services", verbose_name=_("doelgroepen")
    )
    languages = ParentalManyToManyField(
        "directory.Language", related_name="services", verbose_name=_("talen"), blank=True
    )
    is_free = models.BooleanField(_("gratis"), default=True)
    cost_description = models.CharField(
        _("kosten"), max_length=300, blank=True, help_text=_("Verplicht als het niet gratis is.")
    )
    referral_required = models.BooleanField(
        _("verwijzing of indicatie nodig"),
        default=False,
    )
    offers_phone = models.BooleanField(_("telefoon"), default=True)
    offers_email = models.BooleanField(_("e-mail"), default=False)
    offers_chat = models.BooleanField(_("chat"), default=False)
    offers_walk_in = models.BooleanField(_("binnenlopen"), default=False)
    offers_home_visit = models.BooleanField(_("huisbezoek"), default=False)
    offers_online = models.BooleanField(_("online"), default=False)
    phone = models.CharField(
        _("telefoon"),
        max_length=30,
        blank=True,
        validators=[PHONE_VALIDATOR],
        help_text=_("Leeg laten: het nummer van de organisatie."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("webpagina"), blank=True)
    min_age = models.PositiveSmallIntegerField(
        _("vanaf leeftijd"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("tot en met leeftijd"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    eligibility = models.TextField(_("voor wie"), blank=True, max_length=1000)
    how_to_apply = models.TextField(_("hoe vraagt u het aan"), blank=True, max_length=1000)
    locations = ParentalManyToManyField(
        "directory.Location", related_name="services", verbose_name=_("locaties"), blank=True
    )
    area_type = models.CharField(
        _("werkgebied"), max_length=20, choices=AreaType.choices, default=AreaType.MUNICIPALITIES
    )
    area_municipalities = ParentalManyToManyField(
        "directory.Municipality",
        related_name="+",
        blank=True,
        verbose_name=_("gemeenten in het werkgebied"),
    )
    area_centre = models.ForeignKey(
        "directory.Location",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("midden van het werkgebied"),
    )
    area_radius_km = models.PositiveSmallIntegerField(
        _("straal in km"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_RADIUS_KM)],
    )
    # Filled from the area above (services.service_refresh_coverage), so that "which services
    # does this site show" is one indexed join on either search backend.
    covered_municipalities = models.ManyToManyField(
        "directory.Municipality",
        related_name="covering_services",
        editable=False,
        blank=True,
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE
    )
    last_verified_on = models.DateField(_("laatst gecontroleerd op"), null=True, blank=True)
    last_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gecontroleerd door"),
    )
    is_demo = models.BooleanField(_("demo-inhoud"), default=False)
    search_name = models.CharField(max_length=400, editable=False, default="")
    search_text = models.TextField(editable=False, default="")

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("short_description"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("support_line"),
                FieldPanel("life_domains"),
                FieldPanel("target_groups"),
                FieldPanel("languages"),
            ],
            heading=_("Indeling"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldPanel("cost_description"),
                FieldPanel("referral_required"),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
                FieldPanel("eligibility"),
                FieldPanel("how_to_apply"),
            ],
            heading=_("Voorwaarden"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("offers_phone"),
                FieldPanel("offers_email"),
                FieldPanel("offers_chat"),
                FieldPanel("offers_walk_in"),
                FieldPanel("offers_home_visit"),
                FieldPanel("offers_online"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("locations"),
        MultiFieldPanel(
            [
                FieldPanel("area_type"),
                FieldPanel("area_municipalities"),
                FieldRowPanel([FieldPanel("area_centre"), FieldPanel("area_radius_km")]),
            ],
            heading=_("Werkgebied"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("last_verified_on", read_only=True),
                FieldPanel("is_demo"),
            ],
            heading=_("Status"),
        ),
    ]
    base_form_class = ServiceAdminForm
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("short_description"),
        index.FilterField("status"),
        index.FilterField("support_line_id"),
    ]

    class Meta:
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["status", "live"]),
            models.Index(fields=["last_verified_on"]),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        """Rules across fields; the admin form adds the check on the chosen municipalities."""
        super().clean()
        errors = {}
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            errors["max_age"] = _("De hoogste leeftijd is lager dan de laagste.")
        if not self.is_free and not (self.cost_description or "").strip():
            errors["cost_description"] = _("Beschrijf wat het kost.")
        if self.area_type == AreaType.RADIUS:
            if self.area_centre_id is None:
                errors["area_centre"] = _("Kies de locatie in het midden van het gebied.")
            if not self.area_radius_km:
                errors["area_radius_km"] = _("Vul de straal in kilometers in.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:160] or "aanbod"
        self.refresh_search_text()
        super().save(*args, **kwargs)
        # Parental many-to-many values are written by ClusterableModel.save above, so the
        # covered area can only be computed now.
        from directory.services import service_refresh_coverage

        service_refresh_coverage(service=self)

    def refresh_search_text(self) -> None:
        """Fill the normalised text the database backend searches in."""
        self.search_name = index_text(self.name)
        self.search_text = index_text(
            self.name,
            self.organisation.name if self.organisation_id else "",
            self.short_description,
            strip_tags(self.description),
            self.eligibility,
        )

    def get_preview_template(self, request, mode_name):
        return "directory/service_detail.html"

    def get_preview_context(self, request, mode_name):
        from directory.selectors import DetailFacts, service_detail_context
        from directory.terms import labels_from_relations

        # A preview shows the draft's terms, which only its relations hold.
        facts = DetailFacts.of(self, labels=labels_from_relations(self))
        return service_detail_context(facts=facts, request=request, page=None)

    @property
    def contact_phone(self) -> str:
        return self.phone or self.organisation.phone

    @property
    def contact_email(self) -> str:
        return self.email or self.organisation.email

    @property
    def contact_website(self) -> str:
        return self.website or self.organisation.website

    @property
    def is_informal(self) -> bool:
        from directory.models.taxonomy import SupportLine

        return self.support_line.slug == SupportLine.INFORMAL

    @property
    def is_client_support(self) -> bool:
        from directory.models.taxonomy import SupportLine

        return self.support_line.slug == SupportLine.CLIENT_SUPPORT
