"""A small but complete content tree for the page tests."""

import pytest
from wagtail.models import Site

from home.models import SiteSettings
from tests.factories.home import (
    ContentPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
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
