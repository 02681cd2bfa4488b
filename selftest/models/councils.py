"""Councils (Wmo councils and municipal teams), their members and invitations."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index


class Role(models.TextChoices):
    """Who fills in the self-test: the Wmo council checks, the municipality checks itself."""

    WMO_COUNCIL = "wmo_council", _("Wmo-raad")
    MUNICIPALITY = "municipality", _("Gemeente")


municipality_code_validator = RegexValidator(
    r"^GM\d{4}$", _("Gebruik de CBS-code van de gemeente: GM en vier cijfers, zoals GM0988.")
)


class Council(ClusterableModel):
    """An organisation that fills in the self-test for one municipality."""

    name = models.CharField(_("naam"), max_length=150)
    municipality_code = models.CharField(
        _("CBS-gemeentecode"), max_length=6, validators=[municipality_code_validator]
    )
    municipality_name = models.CharField(_("gemeente"), max_length=100)
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, default=Role.WMO_COUNCIL)
    is_demo = models.BooleanField(_("demo"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("municipality_code"),
        FieldPanel("municipality_name"),
        FieldPanel("role"),
        InlinePanel("memberships", heading=_("Leden"), label=_("Lid")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("municipality_name"),
        index.FilterField("role"),
    ]

    class Meta:
        verbose_name = _("raad of team")
        verbose_name_plural = _("raden en teams")
        ordering = ["municipality_name", "name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A user who may work on the council's assessments."""

    council = ParentalKey(Council, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="selftest_memberships",
        verbose_name=_("gebruiker"),
    )
    joined_at = models.DateTimeField(_("lid sinds"), auto_now_add=True)

    panels = [FieldPanel("user")]

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(fields=["council", "user"], name="selftest_member_once")
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.council}"


class Invitation(models.Model):
    """An e-mailed invitation to join a council; the link expires and works once."""

    council = models.ForeignKey(
        Council,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("raad of team"),
    )
    email = models.EmailField(_("e-mailadres"), max_length=254)
    created_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("verstuurd door"),
        editable=False,
    )
    accepted_at = models.DateTimeField(_("gebruikt op"), null=True, blank=True, editable=False)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("gebruikt door"),
        editable=False,
    )

    panels = [FieldPanel("council"), FieldPanel("email")]
    search_fields = [index.SearchField("email"), index.AutocompleteField("email")]

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email}: {self.council}"
