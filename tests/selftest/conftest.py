"""Fixtures of the self-test tests: a published version, two councils, members and an editor."""

import pytest

from tests.factories.selftest import (
    CouncilFactory,
    make_assessment,
    make_editor,
    make_member,
    make_version,
)


@pytest.fixture
def version(db):
    return make_version()


@pytest.fixture
def council(db):
    return CouncilFactory(name="Wmo-raad Weert")


@pytest.fixture
def other_council(db):
    return CouncilFactory(
        name="Wmo-raad Elders", municipality_code="GM0363", municipality_name="Amsterdam"
    )


@pytest.fixture
def member(council):
    return make_member(council, first_name="Anna")


@pytest.fixture
def other_member(other_council):
    return make_member(other_council)


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def assessment(council, version):
    return make_assessment(council, version)


@pytest.fixture
def submitted(council, version):
    return make_assessment(council, version, year=2024, default="yes", submitted=True)


@pytest.fixture
def site(site_settings):
    """The public site with settings, so pages render with their header and footer."""
    return site_settings
