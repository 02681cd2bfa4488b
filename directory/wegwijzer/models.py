"""The wegwijzer page and its anonymous monthly counters."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import StreamBlockValidationError
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField

from directory.wegwijzer.blocks import QuestionStreamBlock, graph_from_stream
from directory.wegwijzer.graph import Graph, graph_problems
from home.models import BasePage


class GuidePage(RoutablePageMixin, BasePage):
    """A guided questionnaire: one question per page, then explained help from the social map."""

    questions = StreamField(
        QuestionStreamBlock(),
        verbose_name=_("vragen"),
        help_text=_(
            "De eerste vraag komt direct na de vraag over gevaar. Elke route moet bij de "
            "uitslag eindigen."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("questions")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "wegwijzer/start.html"

    class Meta:
        verbose_name = _("Wegwijzer")

    @cached_property
    def graph(self) -> Graph:
        return graph_from_stream(self.questions)

    def clean(self):
        super().clean()
        problems = graph_problems(graph_from_stream(self.questions))
        if problems:
            # A StreamField shows only this kind of error above its blocks in the editor.
            error = StreamBlockValidationError(
                non_block_errors=[ValidationError(p) for p in problems]
            )
            raise ValidationError({"questions": error})

    @path("")
    def start_view(self, request):
        from directory.wegwijzer import views

        return views.start(request, page=self)

    @path("veilig/", name="safety")
    def safety_view(self, request):
        from directory.wegwijzer import views

        return views.safety(request, page=self)

    @path("nood/", name="emergency")
    def emergency_view(self, request):
        from directory.wegwijzer import views

        return views.emergency(request, page=self)

    @re_path(r"^vraag/(?P<key>[^/]{1,200})/$", name="question")
    def question_view(self, request, key: str):
        from directory.wegwijzer import views

        return views.question(request, page=self, key=key)

    @path("uitslag/", name="result")
    def result_view(self, request):
        from directory.wegwijzer import views

        return views.result(request, page=self)

    @path("uitslag/pdf/", name="pdf")
    def pdf_view(self, request):
        from directory.wegwijzer import views

        return views.pdf(request, page=self)

    @path("opnieuw/", name="restart")
    def restart_view(self, request):
        from directory.wegwijzer import views

        return views.restart(request, page=self)

    @path("gedeeld/", name="shared")
    def shared_view(self, request):
        from directory.wegwijzer import views

        return views.shared(request, page=self)


class Metric(models.TextChoices):
    STARTED = "started", _("gestart")
    EMERGENCY = "emergency", _("acuut gevaar gemeld")
    COMPLETED = "completed", _("uitslag bereikt")
    DOMAIN = "domain", _("levensdomein")
    GROUP = "group", _("doelgroep")
    FOR_WHOM = "for_whom", _("hulp gezocht")
    RESULT = "result", _("soort hulp getoond")


class RouteCount(models.Model):
    """How often something happened in one month; no person, session, address or time of day."""

    guide = models.UUIDField(
        _("wegwijzer"), default=uuid.uuid4, help_text=_("Beide talen van een wegwijzer samen.")
    )
    month = models.DateField(_("maand"), help_text=_("Altijd de eerste dag van de maand."))
    metric = models.CharField(_("wat"), max_length=20, choices=Metric.choices)
    value = models.CharField(_("waarde"), max_length=60, blank=True)
    count = models.PositiveIntegerField(_("aantal"), default=0)

    class Meta:
        verbose_name = _("telling van de wegwijzer")
        verbose_name_plural = _("tellingen van de wegwijzer")
        constraints = [
            models.UniqueConstraint(
                fields=["guide", "month", "metric", "value"], name="wegwijzer_count_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.metric} {self.value}: {self.count}"
