"""Fixtures of the open data tests: reference data and a small, varied social map."""

import datetime as dt

import pytest

from directory.models import Municipality, OpeningException, OpeningHours, ServiceStatus
from directory.reference_data import reference_data_load
from tests.factories.directory import LocationFactory, OrganisationFactory, ServiceFactory, line


@pytest.fixture
def reference_data(db):
    """Municipalities, postcodes and the standard taxonomies."""
    reference_data_load()


@pytest.fixture
def social_map(reference_data):
    """Published services with every kind of detail, a draft and an ended service."""
    org = OrganisationFactory(
        name="Stichting Welzijn Weert",
        kvk_number="41234567",
        website="https://welzijn.example.org/",
        description="Welzijnswerk in Weert.",
    )
    centre = LocationFactory(
        organisation=org,
        name="Wijkcentrum Weert",
        street_address="Markt 1",
        postcode="6001 AB",
        hearing_loop=True,
    )
    OpeningHours.objects.create(
        location=centre, weekday=0, opens=dt.time(9), closes=dt.time(12, 30)
    )
    OpeningHours.objects.create(location=centre, weekday=3, opens=dt.time(13), closes=dt.time(17))
    OpeningException.objects.create(
        location=centre, start_date=dt.date(2026, 12, 25), end_date=dt.date(2026, 12, 26)
    )
    OpeningException.objects.create(
        location=centre,
        start_date=dt.date(2026, 12, 31),
        is_closed=False,
        opens=dt.time(9),
        closes=dt.time(12),
        note="Oudejaarsdag",
    )
    debts_org = OrganisationFactory(name="Schuldhulp Friesland")
    sneek = LocationFactory(
        organisation=debts_org,
        name="Kantoor Sneek",
        postcode="8601 AA",
        city="Sneek",
        municipality=Municipality.objects.get(code="GM1900"),
        latitude=53.0326,
        longitude=5.6589,
        wheelchair_access=False,
    )
    client_support = ServiceFactory(
        organisation=org,
        name="Onafhankelijke cliëntondersteuning Weert",
        short_description="Iemand die naast u staat bij het gesprek met de gemeente.",
        description="<p>Wij helpen <b>gratis</b>.</p>",
        phone="0495-123456",
        email="ocs@welzijn.example.org",
        website="https://welzijn.example.org/ocs",
        min_age=18,
        eligibility="Voor inwoners van Weert en Nederweert.",
        how_to_apply="Bel ons of loop binnen.",
        offers_walk_in=True,
        last_verified_on=dt.date(2026, 9, 1),
        setup={
            "domains": ["zorg-en-gezondheid", "wonen"],
            "groups": ["iedereen", "ouderen"],
            "municipalities": ["GM0988", "GM0946"],
            "locations": [centre],
            "languages": ["nl", "li"],
        },
    )
    radius = ServiceFactory(
        organisation=org,
        name="Maatjesproject",
        short_description="Een vrijwilliger komt bij u op bezoek.",
        support_line=line("informeel"),
        offers_home_visit=True,
        area_type="radius",
        area_centre=centre,
        area_radius_km=15,
        setup={"domains": ["welzijn-en-meedoen"], "groups": ["ouderen"], "locations": [centre]},
    )
    debts = ServiceFactory(
        organisation=debts_org,
        name="Hulp bij schulden Sneek",
        short_description="Samen uw geldzaken op orde.",
        support_line=line("kortdurend"),
        referral_required=True,
        is_free=False,
        cost_description="Eigen bijdrage van 10 euro.",
        status=ServiceStatus.TEMPORARILY_CLOSED,
        setup={
            "domains": ["geldzaken-en-schulden"],
            "groups": ["iedereen"],
            "municipalities": ["GM1900"],
            "locations": [sneek],
        },
    )
    draft = ServiceFactory(name="Nog niet gepubliceerd", live=False)
    ended = ServiceFactory(name="Gestopt aanbod", status=ServiceStatus.ENDED)
    return {
        "org": org,
        "centre": centre,
        "client_support": client_support,
        "radius": radius,
        "debts": debts,
        "draft": draft,
        "ended": ended,
    }
