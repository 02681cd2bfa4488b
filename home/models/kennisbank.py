"""The Kennisbank: publications on client support and the finder page that lists them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import ContentStreamBlock
from home.models.pages import BasePage


class DatePrecision(models.TextChoices):
    DAY = "day", _("dag")
    MONTH = "month", _("maand")
    YEAR = "year", _("jaar")


class PublicationPage(BasePage):
    """One publication: its key facts, a plain-language summary and where to get it."""

    kind = models.ForeignKey(
        "home.PublicationKind",
        on_delete=models.PROTECT,
        related_name="publications",
        verbose_name=_("soort"),
    )
    publisher = models.ForeignKey(
        "home.Publisher",
        on_delete=models.PROTECT,
        related_name="publications",
        verbose_name=_("uitgever"),
    )
    publication_date = models.DateField(_("datum van publicatie"))
    date_precision = models.CharField(
        _("nauwkeurigheid van de datum"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.MONTH,
        help_text=_("Kies 'maand' als alleen de maand bekend is; de dag wordt dan niet getoond."),
    )
    audiences = ParentalManyToManyField("home.Audience", verbose_name=_("doelgroepen"))
    themes = ParentalManyToManyField("home.Theme", verbose_name=_("thema's"))
    number_of_pages = models.PositiveIntegerField(_("aantal pagina's"), null=True, blank=True)
    external_url = models.URLField(_("link naar de publicatie"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("document"),
    )
    summary = models.TextField(
        _("samenvatting"),
        max_length=1500,
        help_text=_("In eenvoudige taal: wat is het, voor wie, en waarom is het nuttig?"),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("meer informatie"), blank=True)
    municipality = models.CharField(
        _("gemeente of regio"),
        max_length=120,
        blank=True,
        help_text=_("Voor praktijkvoorbeelden: waar het gebeurde."),
    )
    content_language = models.CharField(
        _("taal van de publicatie"),
        max_length=5,
        default="nl",
        choices=[("nl", _("Nederlands")), ("en", _("Engels"))],
    )
    is_outdated = models.BooleanField(
        _("wettelijk kader verouderd"),
        default=False,
        help_text=_("De publicatie beschrijft oude regels, maar is nog nuttig."),
    )
    outdated_explanation = models.TextField(
        _("uitleg bij verouderd"),
        blank=True,
        max_length=600,
        help_text=_("Wat is er veranderd? Verplicht als het wettelijk kader verouderd is."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("publisher"),
                FieldPanel("publication_date"),
                FieldPanel("date_precision"),
                FieldPanel("number_of_pages"),
                FieldPanel("content_language"),
                FieldPanel("municipality"),
            ],
            heading=_("Kerngegevens"),
        ),
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("themes")],
            heading=_("Voor wie en waarover"),
        ),
        MultiFieldPanel(
            [FieldPanel("external_url"), FieldPanel("document")],
            heading=_("Waar te vinden"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_outdated"), FieldPanel("outdated_explanation")],
            heading=_("Actualiteit"),
        ),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Verwante publicaties")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("kind_id"),
        index.FilterField("publisher_id"),
        index.FilterField("is_outdated"),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["home.KennisbankPage"]
    subpage_types = []
    template = "pages/publication_page.html"

    class Meta:
        verbose_name = _("Publicatie")
        verbose_name_plural = _("Publicaties")

    def clean(self):
        super().clean()
        errors = {}
        if not self.external_url and not self.document_id:
            errors["external_url"] = _("Geef een link of kies een document.")
        if self.is_outdated and not self.outdated_explanation.strip():
            errors["outdated_explanation"] = _("Leg in een zin uit wat er veranderd is.")
        if errors:
            raise ValidationError(errors)

    @property
    def date_display(self) -> str:
        """The date as precise as it is known: '12 mei 2014', 'mei 2014' or '2014'."""
        if self.date_precision == DatePrecision.YEAR:
            return str(self.publication_date.year)
        if self.date_precision == DatePrecision.MONTH:
            return formats.date_format(self.publication_date, "F Y")
        return formats.date_format(self.publication_date, "j F Y")

    def get_context(self, request, *args, **kwargs):
        from home.kennisbank.selectors import publication_load_facts, publication_related
        from home.kennisbank.structured_data import publication_citation, publication_jsonld

        context = super().get_context(request, *args, **kwargs)
        if not getattr(request, "is_preview", False):
            publication_load_facts(publication=self)
        context["related"] = publication_related(publication=self)
        context["jsonld"] = publication_jsonld(self, page_url=self.get_full_url(request))
        context["citation"] = publication_citation(self)
        return context


class RelatedPublication(Orderable):
    """A link from one publication to another that belongs with it."""

    page = ParentalKey(PublicationPage, related_name="related_links", on_delete=models.CASCADE)
    target = models.ForeignKey(
        PublicationPage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("publicatie"),
    )

    panels = [PageChooserPanel("target", page_type="home.PublicationPage")]


class KennisbankPage(RoutablePageMixin, BasePage):
    """The finder: search and filter the publications below this page."""

    subpage_types = ["home.PublicationPage"]
    template = "pages/kennisbank_page.html"

    class Meta:
        verbose_name = _("Kennisbank")

    @path("")
    def finder(self, request):
        from home.kennisbank.views import finder

        return finder(request, kennisbank=self)

    @path("feed/")
    def feed(self, request):
        from home.kennisbank.feeds import PublicationFeed

        return PublicationFeed(kennisbank=self)(request)
