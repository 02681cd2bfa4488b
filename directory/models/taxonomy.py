"""Editable taxonomies with stable slugs and Dutch and English labels."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Term(index.Indexed, models.Model):
    """A term with a stable code and a label per language."""

    slug = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("Vaste code in webadressen en koppelingen. Verander deze liever niet."),
    )
    name_nl = models.CharField(_("naam (Nederlands)"), max_length=100)
    name_en = models.CharField(_("naam (Engels)"), max_length=100)
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
        """The label in the active language, Dutch when there is no English one."""
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name_nl


class LifeDomain(Term):
    """A domain of life (levensdomein), e.g. wonen or geldzaken en schulden."""

    class Meta(Term.Meta):
        verbose_name = _("levensdomein")
        verbose_name_plural = _("levensdomeinen")


class TargetGroup(Term):
    """A group a service is meant for, e.g. older people or informal carers."""

    class Meta(Term.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class SupportLine(Term):
    """The line of support, in the legal order: informal help first."""

    # Codes the interface gives a visible label; the legal order makes them special.
    INFORMAL = "informeel"
    CLIENT_SUPPORT = "clientondersteuning"

    class Meta(Term.Meta):
        verbose_name = _("ondersteuningslijn")
        verbose_name_plural = _("ondersteuningslijnen")


class Language(Term):
    """A language a service is offered in; the code is ISO 639-1 (nl, en, fy, ar, ...)."""

    class Meta(Term.Meta):
        verbose_name = _("taal")
        verbose_name_plural = _("talen")
