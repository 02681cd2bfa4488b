"""Error reports that residents and providers send about an entry, without an account."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class ReportStatus(models.TextChoices):
    OPEN = "open", _("open")
    CLOSED = "closed", _("afgehandeld")


class ErrorReport(models.Model):
    """A report of wrong or outdated information in a service's entry."""

    service = models.ForeignKey(
        "directory.Service",
        on_delete=models.CASCADE,
        related_name="error_reports",
        verbose_name=_("aanbod"),
    )
    message = models.TextField(_("wat klopt er niet"), max_length=2000)
    email = models.EmailField(_("e-mail voor een antwoord"), blank=True)
    created_at = models.DateTimeField(_("gemeld op"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    editor_note = models.TextField(_("notitie van de redactie"), blank=True, max_length=2000)
    closed_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("afgehandeld door"),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("service", read_only=True),
                FieldPanel("message", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("created_at", read_only=True),
            ],
            heading=_("Melding"),
        ),
        FieldPanel("status"),
        FieldPanel("editor_note"),
    ]

    class Meta:
        verbose_name = _("foutmelding")
        verbose_name_plural = _("foutmeldingen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return (
            f"{self.service} ({self.created_at:%d-%m-%Y})" if self.created_at else str(self.service)
        )
