"""Settings per Wagtail Site: each municipality or region has its own name, branding, contacts."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

# Colour themes an editor can pick. Each is tested for WCAG AA contrast in static_src/css,
# which is why editors choose from a list instead of typing a colour.
THEME_CHOICES = [
    ("blauw", _("Blauw")),
    ("groen", _("Groen")),
    ("paars", _("Paars")),
]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """Name, logo, contact details, footer links and emergency numbers of one Site."""

    organisation_name = models.CharField(_("naam organisatie"), max_length=120)
    tagline = models.CharField(_("ondertitel"), max_length=160, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    theme = models.CharField(_("kleur"), max_length=20, choices=THEME_CHOICES, default="blauw")
    is_demo = models.BooleanField(
        _("demo-inhoud"),
        default=False,
        help_text=_("Toont op elke pagina dat de inhoud een voorbeeld is."),
    )
    contact_phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_address = models.TextField(_("adres"), blank=True, max_length=300)
    contact_hours = models.CharField(_("bereikbaar"), max_length=160, blank=True)
    emergency_contact_label = models.CharField(
        _("noodcontact van de gemeente"),
        max_length=120,
        blank=True,
        help_text=_("Bijvoorbeeld: Crisisdienst van de gemeente, buiten kantoortijd."),
    )
    emergency_contact_phone = models.CharField(_("telefoon noodcontact"), max_length=30, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("tagline"),
                FieldPanel("logo"),
                FieldPanel("theme"),
                FieldPanel("is_demo"),
            ],
            heading=_("Organisatie en huisstijl"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
                FieldPanel("contact_hours"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("emergency_contact_label"),
                FieldPanel("emergency_contact_phone"),
                InlinePanel("emergency_numbers", label=_("Noodnummers")),
            ],
            heading=_("Hulp bij nood"),
        ),
        InlinePanel("footer_links", label=_("Links in de voettekst")),
    ]

    class Meta:
        verbose_name = _("Instellingen van de site")


class FooterLink(Orderable):
    """A link in the footer, to a page of the site or to an external address."""

    settings = ParentalKey(SiteSettings, related_name="footer_links", on_delete=models.CASCADE)
    label = models.CharField(
        _("tekst"),
        max_length=80,
        blank=True,
        help_text=_("Leeg laten om de titel van de pagina te tonen."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("pagina"),
    )
    url = models.URLField(_("of webadres"), blank=True)

    panels = [FieldPanel("label"), PageChooserPanel("page"), FieldPanel("url")]

    def clean(self):
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(_("Kies een pagina óf vul een webadres in."))
        if self.url and not self.label:
            raise ValidationError({"label": _("Een webadres heeft een tekst nodig.")})


class EmergencyNumber(Orderable):
    """A national or local number for acute situations, shown first in the wegwijzer."""

    settings = ParentalKey(SiteSettings, related_name="emergency_numbers", on_delete=models.CASCADE)
    label = models.CharField(_("voor wie of wat"), max_length=120)
    phone = models.CharField(_("telefoon"), max_length=30)
    description = models.CharField(_("uitleg"), max_length=200, blank=True)

    panels = [FieldPanel("label"), FieldPanel("phone"), FieldPanel("description")]
