"""Editable taxonomies: stable slugs with a Dutch and an English label."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Term(index.Indexed, models.Model):
    """A term with a code that never changes and a label per language.

    The base of every editable taxonomy: the Kennisbank's kinds, audiences and themes here, and
    the social map's lines, life domains, target groups and languages (directory.models).
    """

    slug = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("Vaste code in webadressen, filters en koppelingen. Verander deze niet meer."),
    )
    name_nl = models.CharField(_("naam (Nederlands)"), max_length=100)
    name_en = models.CharField(_("naam (Engels)"), max_length=100, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name_nl"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name_nl"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_nl"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name_nl"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the active language, Dutch when there is no English name."""
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name_nl


class PublicationKind(Term):
    """What a publication is: a guide, a fact sheet, a practice example, ..."""

    class Meta(Term.Meta):
        verbose_name = _("soort publicatie")
        verbose_name_plural = _("soorten publicaties")


class Audience(Term):
    """For whom a publication is written."""

    class Meta(Term.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Theme(Term):
    """A theme: one of the seven self-test themes, or a life domain."""

    is_selftest_theme = models.BooleanField(
        _("thema van de zelftest"),
        default=False,
        help_text=_("De zelftest toont publicaties met dit thema bij de verbeterpunten."),
    )

    panels = [*Term.panels, FieldPanel("is_selftest_theme")]

    class Meta(Term.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class Publisher(index.Indexed, models.Model):
    """Who published a publication; reused across publications."""

    name = models.CharField(_("naam"), max_length=150, unique=True)
    slug = models.SlugField(_("code"), max_length=80, unique=True)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("uitgever")
        verbose_name_plural = _("uitgevers")

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        return self.name
