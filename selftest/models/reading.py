"""Publications from the Kennisbank that editors pin to a self-test question ("lees meer")."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel


class ReadMore(models.Model):
    """A pinned publication for a question code.

    Pinned by the question's stable code rather than the question row, so a pin keeps working
    in every version of the questionnaire and never changes a frozen (published) version.
    """

    question_code = models.CharField(
        _("code van de vraag"), max_length=20, help_text=_("Bijvoorbeeld BP-1.")
    )
    publication = models.ForeignKey(
        "home.PublicationPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("publicatie"),
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("question_code"),
        PageChooserPanel("publication", page_type="home.PublicationPage"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("lees meer bij een vraag")
        verbose_name_plural = _("lees meer bij vragen")
        ordering = ["question_code", "sort_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["question_code", "publication"], name="selftest_readmore_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question_code}: {self.publication}"

    def clean(self) -> None:
        from selftest.models.questionnaire import Question

        super().clean()
        if self.question_code and not Question.objects.filter(code=self.question_code).exists():
            raise ValidationError(
                {"question_code": _("Er is geen vraag met deze code in de zelftest.")}
            )
