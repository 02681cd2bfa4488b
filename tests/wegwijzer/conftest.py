"""Fixtures of the wegwijzer: the demo questionnaire on a test site, a small social map."""

import json

import pytest

from directory.models import Municipality
from directory.reference_data import reference_data_load
from directory.wegwijzer.demo import DEMO_ROUTE, questionnaire_stream
from tests.factories.directory import (
    DirectoryPageFactory,
    LocationFactory,
    OrganisationFactory,
    ServiceFactory,
    line,
)
from tests.factories.wegwijzer import GuidePageFactory

BASE = "/wegwijzer/"
ROUTE = DEMO_ROUTE


@pytest.fixture
def reference_data(db):
    reference_data_load()


@pytest.fixture
def guide_page(home_page, site_settings, reference_data):
    """The demo questionnaire (Dutch) as a published GuidePage at /wegwijzer/."""
    page = GuidePageFactory(parent=home_page, questions=json.dumps(_raw(questionnaire_stream(0))))
    page.save_revision().publish()
    return page


def _raw(stream) -> list:
    return stream.get_prep_value()


@pytest.fixture
def directory_page(home_page, reference_data):
    page = DirectoryPageFactory(parent=home_page)
    page.municipalities.set(Municipality.objects.filter(code__in=["GM0988", "GM0946"]))
    page.save_revision().publish()
    return page


@pytest.fixture
def social_map(directory_page):
    """One service per kind of help, in Weert, plus one in Sneek that must never show."""
    weert = LocationFactory()
    municipal = OrganisationFactory(name="Gemeente Weert", is_independent=False, is_municipal=True)
    plain = OrganisationFactory(name="Welzijn Weert", is_independent=False)
    specs = {
        "buren": ("informeel", ["zorg-en-gezondheid"], ["iedereen"], None),
        "mantelzorg": ("informeel", ["mantelzorg"], ["mantelzorgers"], None),
        "clientondersteuning": ("clientondersteuning", ["zorg-en-gezondheid"], ["iedereen"], None),
        "bezwaar": ("clientondersteuning", ["zorg-en-gezondheid"], ["iedereen"], None),
        "schuldhulp": ("informeel", ["geldzaken-en-schulden"], ["iedereen"], None),
        "welzijn": ("kortdurend", ["zorg-en-gezondheid"], ["iedereen"], plain),
        "loket": ("toegang", ["zorg-en-gezondheid"], ["iedereen"], municipal),
    }
    names = {
        "bezwaar": "Hulp bij bezwaar en klacht",
        "clientondersteuning": "Onafhankelijke cliëntondersteuning",
        "buren": "Burenhulp",
        "mantelzorg": "Steunpunt Mantelzorg",
        "schuldhulp": "Maatje bij geldzorgen",
        "welzijn": "Kortdurende ondersteuning",
        "loket": "Wmo-loket",
    }
    services = {}
    for key, (support_line, domains, groups, org) in specs.items():
        extra = {"organisation": org} if org else {}
        services[key] = ServiceFactory(
            name=names[key],
            support_line=line(support_line),
            setup={"domains": domains, "groups": groups, "locations": [weert]},
            **extra,
        )
    services["sneek"] = ServiceFactory(
        name="Mantelzorg Sneek",
        support_line=line("informeel"),
        setup={
            "domains": ["mantelzorg"],
            "groups": ["mantelzorgers"],
            "municipalities": ["GM1900"],
        },
    )
    return services


def walk_route(client, route=ROUTE):
    """Answer every question of a route; returns the last response."""
    response = client.post(BASE + "veilig/", {"gevaar": "nee"})
    for key, data in route:
        response = client.post(f"{BASE}vraag/{key}/", data)
        assert response.status_code == 302, (key, response.status_code)
    return response
