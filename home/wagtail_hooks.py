"""Admin for the Kennisbank's reusable lists, grouped in one menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Audience, PublicationKind, Publisher, Theme


class TermViewSet(SnippetViewSet):
    list_display = ["name_nl", "name_en", "slug", "sort_order"]
    search_fields = ["name_nl", "name_en"]
    ordering = ["sort_order", "name_nl"]


class PublicationKindViewSet(TermViewSet):
    model = PublicationKind
    icon = "tag"


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "folder-open-inverse"
    list_display = [*TermViewSet.list_display, "is_selftest_theme"]
    list_filter = ["is_selftest_theme"]


class PublisherViewSet(SnippetViewSet):
    model = Publisher
    icon = "site"
    list_display = ["name", "website"]
    search_fields = ["name"]


class KennisbankGroup(SnippetViewSetGroup):
    menu_label = _("Kennisbank")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (PublicationKindViewSet, AudienceViewSet, ThemeViewSet, PublisherViewSet)


register_snippet(KennisbankGroup)
