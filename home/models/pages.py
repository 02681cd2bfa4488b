"""Page types of the content site."""

from functools import partial

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from home import routing
from home.blocks import ContentStreamBlock, TileBlock


class BasePage(Page):
    """Fields every public page has: a short intro that lists and search results show."""

    intro = models.TextField(
        _("inleiding"),
        blank=True,
        max_length=400,
        help_text=_("Eén of twee zinnen in eenvoudige taal. Verschijnt ook in zoekresultaten."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        # Wagtail's tree walk, with each child looked up in the cache (home/routing.py).
        if not path_components:
            return super().route(request, path_components)
        child = routing.child(self, path_components[0])
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])

    def get_view_restrictions(self):
        # Most pages have no restriction on them or above them: then no queries at all.
        if not routing.may_be_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class HomePage(BasePage):
    """The front door of one municipality's or region's site."""

    hero_title = models.CharField(_("titel in beeld"), max_length=120)
    hero_text = models.TextField(_("tekst in beeld"), max_length=400, blank=True)
    tiles = StreamField([("tile", TileBlock())], verbose_name=_("tegels"), blank=True, max_num=6)
    body = StreamField(ContentStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("tiles"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("Startpagina")

    def get_context(self, request, *args, **kwargs):
        from home.selectors import news_latest

        context = super().get_context(request, *args, **kwargs)
        # A callable: the template calls it only when the cached fragment has expired.
        context["latest_news"] = partial(news_latest, home=self, limit=3)
        return context


class ContentPage(BasePage):
    """A page of text built from blocks: information, statements, explanations."""

    body = StreamField(ContentStreamBlock(), verbose_name=_("inhoud"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    template = "pages/content_page.html"

    class Meta:
        verbose_name = _("Inhoudspagina")


class NewsIndexPage(BasePage):
    """Lists the news items below it, newest first, in pages."""

    subpage_types = ["home.NewsPage"]
    template = "pages/news_index_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Nieuwsoverzicht")

    def get_context(self, request, *args, **kwargs):
        from home.selectors import news_page_for_index

        context = super().get_context(request, *args, **kwargs)
        context["news"] = news_page_for_index(index=self, page_number=request.GET.get("pagina"))
        return context


class NewsPage(BasePage):
    """A news item with a date."""

    date = models.DateField(_("datum"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("afbeelding"),
    )
    image_alt = models.CharField(
        _("alternatieve tekst"),
        max_length=250,
        blank=True,
        help_text=_("Verplicht als u een afbeelding kiest."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("inhoud"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("date")]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    template = "pages/news_page.html"

    class Meta:
        verbose_name = _("Nieuwsbericht")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Beschrijf wat er op de afbeelding staat.")})
