"""Atom feed of the newest publications of one Kennisbank."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from home.kennisbank.selectors import publications_live

FEED_SIZE = 20


class PublicationFeed(Feed):
    """The newest publications; query parameters are ignored, so odd ones cannot break it."""

    feed_type = Atom1Feed

    def __init__(self, *, kennisbank):
        super().__init__()
        self.kennisbank = kennisbank

    def title(self):
        return _("Nieuw in de kennisbank: %(title)s") % {"title": self.kennisbank.title}

    def link(self):
        return self.kennisbank.url

    def subtitle(self):
        return self.kennisbank.intro

    def items(self):
        return (
            publications_live(kennisbank=self.kennisbank)
            .select_related("kind", "publisher")
            .order_by("-first_published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.publisher.name

    def item_categories(self, item):
        return [item.kind.name_nl]
