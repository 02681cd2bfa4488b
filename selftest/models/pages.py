"""The public entry page of the self-test on each site."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from home.blocks import ContentStreamBlock
from home.models.pages import BasePage


class SelftestIndexPage(BasePage):
    """Explains the self-test to Wmo councils and leads members to the login."""

    body = StreamField(ContentStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "selftest/pages/selftest_index_page.html"

    class Meta:
        verbose_name = _("Zelftest: startpagina")

    def get_context(self, request, *args, **kwargs):
        from selftest.selectors import assessment_list_published

        context = super().get_context(request, *args, **kwargs)
        context["published"] = assessment_list_published(limit=10)
        return context
