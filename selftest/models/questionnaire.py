"""The versioned questionnaire: a version has the seven themes, each theme its questions."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class ThemeKey(models.TextChoices):
    """The seven themes of the municipal self-test, in their fixed order."""

    BELEIDSPLAN = "beleidsplan", _("Beleidsplan")
    ONAFHANKELIJKHEID = "onafhankelijkheid", _("Onafhankelijkheid")
    LEVENSBREEDHEID = "levensbreedheid", _("Levensbreedheid")
    TOEGANKELIJKHEID = "toegankelijkheid", _("Toegankelijkheid")
    INFORMATIEPLICHT = "informatieplicht", _("Informatieplicht")
    KWALITEIT = "kwaliteit", _("Kwaliteit en evaluatie")
    INSPRAAK = "inspraak", _("Inspraak")


THEME_ORDER: tuple[str, ...] = tuple(ThemeKey.values)


class VersionStatus(models.TextChoices):
    DRAFT = "draft", _("Concept")
    PUBLISHED = "published", _("Gepubliceerd")


class QuestionnaireVersion(models.Model):
    """One version of the question list; published versions are frozen."""

    name = models.CharField(_("naam"), max_length=120)
    notes = models.TextField(_("toelichting voor redacteuren"), blank=True, max_length=2000)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=VersionStatus.choices,
        default=VersionStatus.DRAFT,
        editable=False,
    )
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True, editable=False)
    copied_from = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("gekopieerd van"),
        editable=False,
    )
    created_at = models.DateTimeField(_("gemaakt op"), auto_now_add=True)

    panels = [FieldPanel("name"), FieldPanel("notes")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("vragenlijstversie")
        verbose_name_plural = _("vragenlijstversies")
        ordering = ["-published_at", "-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_status_display()})"

    @property
    def is_published(self) -> bool:
        return self.status == VersionStatus.PUBLISHED


class Theme(ClusterableModel):
    """One of the seven themes within a version, with its questions."""

    version = models.ForeignKey(
        QuestionnaireVersion,
        on_delete=models.CASCADE,
        related_name="themes",
        verbose_name=_("versie"),
    )
    key = models.CharField(_("thema"), max_length=30, choices=ThemeKey.choices)
    title = models.CharField(_("titel"), max_length=120)
    intro = models.TextField(
        _("inleiding"),
        blank=True,
        max_length=1000,
        help_text=_("Wat dit thema toetst, in eenvoudige taal."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("title"), FieldPanel("intro")], heading=_("Thema")),
        InlinePanel("questions", heading=_("Vragen"), label=_("Vraag"), min_num=1),
    ]

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="selftest_theme_once")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title} ({self.version.name})"

    @property
    def number(self) -> int:
        return THEME_ORDER.index(self.key) + 1 if self.key in THEME_ORDER else 0

    def clean(self) -> None:
        super().clean()
        if self.version_id and self.version.is_published:
            raise ValidationError(
                _(
                    "Deze versie is gepubliceerd en kan niet meer veranderen. "
                    "Maak een kopie als nieuwe conceptversie."
                )
            )


class Question(Orderable):
    """A statement the council answers with yes / partly / no / don't know."""

    theme = ParentalKey(Theme, on_delete=models.CASCADE, related_name="questions")
    code = models.CharField(
        _("code"),
        max_length=20,
        help_text=_(
            "Vaste code, zoals BP-1. Blijft gelijk in nieuwe versies, "
            "zodat jaren te vergelijken zijn."
        ),
    )
    statement = models.TextField(_("stelling"), max_length=500)
    explanation = models.TextField(_("uitleg in eenvoudige taal"), max_length=1500, blank=True)
    legal_reference = models.CharField(_("wettelijke basis"), max_length=200, blank=True)
    why_it_matters = models.TextField(_("waarom dit belangrijk is"), max_length=1500, blank=True)
    advice = models.TextField(
        _("advies bij nee of gedeeltelijk"),
        max_length=1500,
        blank=True,
    )
    allow_not_applicable = models.BooleanField(_("'niet van toepassing' toestaan"), default=False)
    weight = models.PositiveSmallIntegerField(
        _("gewicht"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1 tot en met 5. Een zwaarder gewicht telt meer mee in de score."),
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("statement"),
        FieldPanel("explanation"),
        FieldPanel("legal_reference"),
        FieldPanel("why_it_matters"),
        FieldPanel("advice"),
        FieldPanel("allow_not_applicable"),
        FieldPanel("weight"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self) -> str:
        return f"{self.code} {self.statement[:60]}"
