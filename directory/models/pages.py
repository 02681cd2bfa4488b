"""The public social map: one routable page per site, with search and a page per service."""

from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models import BasePage


class DirectoryPage(RoutablePageMixin, BasePage):
    """Search the social map of this site's municipalities, and read one service."""

    municipalities = ParentalManyToManyField(
        "directory.Municipality",
        blank=True,
        related_name="+",
        verbose_name=_("gemeenten van deze site"),
        help_text=_(
            "De kaart toont alleen aanbod dat in deze gemeenten werkt. Leeg laten: alle gemeenten."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("municipalities")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "directory/directory_page.html"

    class Meta:
        verbose_name = _("Sociale kaart")

    @path("")
    def search_view(self, request):
        from directory import views

        return views.search(request, page=self)

    # Before the detail route, whose slug would otherwise swallow "fout-melden".
    @path("<int:pk>/fout-melden/", name="report_error")
    def report_view(self, request, pk: int):
        from directory import views

        return views.report_error(request, page=self, pk=pk)

    @path("<int:pk>/<slug:slug>/", name="service_detail")
    @path("<int:pk>/", name="service_detail_short")
    def detail_view(self, request, pk: int, slug: str = ""):
        from directory import views

        return views.detail(request, page=self, pk=pk, slug=slug)
