"""Editable taxonomies with stable slugs and Dutch and English labels."""

from django.utils.translation import gettext_lazy as _

from home.models.taxonomy import Term


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
