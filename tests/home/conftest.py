"""A small but complete content tree for the page tests."""

import datetime

import pytest
from wagtail.models import Site

from home.models import PublicationKind, Publisher, SiteSettings
from tests.factories.home import (
    ContentPageFactory,
    HomePageFactory,
    KennisbankPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PublicationPageFactory,
    seed_kennisbank_terms,
)


@pytest.fixture
def content_page(home_page):
    return ContentPageFactory(
        parent=home_page,
        title="Wat is cliëntondersteuning?",
        slug="clientondersteuning",
        show_in_menus=True,
        body=[
            ("heading", {"text": "Gratis hulp", "level": "h2"}),
            ("paragraph", "<p>Een onafhankelijke cliëntondersteuner helpt u gratis.</p>"),
            (
                "accordion",
                {
                    "title": "Vragen",
                    "items": [{"question": "Kost het geld?", "answer": "<p>Nee.</p>"}],
                },
            ),
            (
                "contact_card",
                {
                    "name": "Steunpunt",
                    "description": "",
                    "phone": "0123-000000",
                    "email": "steunpunt@example.org",
                    "address": "",
                    "opening_hours": "",
                },
            ),
            ("quote", {"quote": "Ik werd echt gehoord.", "attribution": "Een inwoner"}),
        ],
    )


@pytest.fixture
def news_index(home_page):
    index = NewsIndexPageFactory(parent=home_page, show_in_menus=True)
    for _ in range(3):
        NewsPageFactory(parent=index)
    return index


@pytest.fixture
def second_site(locales):
    """Another municipality on its own host name, with its own settings and menu."""
    from wagtail.models import Page

    home = HomePageFactory(
        parent=Page.get_first_root_node(),
        slug="tweede",
        title="Tweede gemeente",
        hero_title="Welkom in Tweede",
    )
    ContentPageFactory(parent=home, title="Alleen in Tweede", show_in_menus=True)
    site = Site.objects.create(
        hostname="tweede.localhost", port=80, root_page=home, site_name="Tweede"
    )
    SiteSettings.objects.create(site=site, organisation_name="Gemeente Tweede", theme="groen")
    return site


@pytest.fixture
def kennisbank_terms(db):
    """The seeded taxonomies; transactional (browser) tests flush what migrations seeded."""
    seed_kennisbank_terms()


@pytest.fixture
def kennisbank(site_settings, home_page, kennisbank_terms):
    finder = KennisbankPageFactory(parent=home_page)
    movisie = Publisher.objects.create(name="Movisie", slug="movisie")
    PublicationPageFactory(
        parent=finder,
        title="Handreiking Cliëntondersteuning",
        publisher=movisie,
        publication_date=datetime.date(2014, 5, 1),
        is_outdated=True,
        outdated_explanation="Geschreven vóór de Wmo 2015.",
        themes=["beleidsplan"],
        summary="Hoe een gemeente onafhankelijke ondersteuning regelt.",
    )
    PublicationPageFactory(
        parent=finder,
        title="Informatiekaart ouderen",
        publisher=movisie,
        kind=PublicationKind.objects.get(slug="informatiekaart"),
        publication_date=datetime.date(2016, 1, 1),
        audiences=["wmo-raden"],
        themes=["levensbreedheid", "toegankelijkheid"],
        summary="Wat ouderen nodig hebben van een cliëntondersteuner.",
    )
    PublicationPageFactory(
        parent=finder,
        title="Het gesprek in Zeist",
        publication_date=datetime.date(2015, 9, 1),
        themes=["toegankelijkheid"],
        summary="Een praktijkvoorbeeld over het keukentafelgesprek.",
    )
    return finder
