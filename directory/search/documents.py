"""The Elasticsearch document of a service, with an explicit Dutch analyzer.

Explicit rather than the built-in `dutch` analyzer, so the rules are visible, match the
database backend's stemmer (directory.search.text) and behave the same on emulators.
"""

from django.conf import settings
from elasticsearch.dsl import (
    Boolean,
    Completion,
    Document,
    GeoPoint,
    Integer,
    Keyword,
    Text,
    analyzer,
    token_filter,
)

from directory.search.text import STEM_OVERRIDES

dutch = analyzer(
    "steunwijzer_dutch",
    tokenizer="standard",
    filter=[
        "lowercase",
        "asciifolding",
        token_filter("steunwijzer_dutch_stop", "stop", stopwords="_dutch_"),
        token_filter(
            "steunwijzer_dutch_override",
            "stemmer_override",
            rules=[f"{word}=>{stem}" for word, stem in STEM_OVERRIDES.items()],
        ),
        token_filter("steunwijzer_dutch_stemmer", "stemmer", language="dutch"),
    ],
)


def index_name() -> str:
    """The index of this environment, e.g. "steunwijzer-prod-directory-services"."""
    return f"{settings.DIRECTORY_ELASTICSEARCH_INDEX_PREFIX}directory-services"


class ServiceDocument(Document):
    """What Elasticsearch knows of one public service."""

    name = Text(analyzer=dutch, fields={"sort": Keyword()})
    organisation = Text(analyzer=dutch)
    short_description = Text(analyzer=dutch)
    body = Text(analyzer=dutch)
    support_line = Keyword()
    support_line_order = Integer()
    life_domains = Keyword(multi=True)
    target_groups = Keyword(multi=True)
    municipalities = Keyword(multi=True)
    languages = Keyword(multi=True)
    is_free = Boolean()
    referral_required = Boolean()
    wheelchair = Boolean()
    home_visit = Boolean()
    locations = GeoPoint(multi=True)
    suggest = Completion()
