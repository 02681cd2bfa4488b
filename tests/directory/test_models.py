"""Model rules an editor meets on save, and the service area that follows its centre."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.admin.panels import get_edit_handler

from directory.models import (
    AreaType,
    Municipality,
    OpeningException,
    OpeningHours,
    Organisation,
    Service,
)
from tests.factories.directory import LocationFactory, OrganisationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

SNEEK = {"latitude": 53.0326, "longitude": 5.6589, "postcode": "8601 AA", "city": "Sneek"}


def errors_of(instance, exclude=None) -> dict:
    with pytest.raises(ValidationError) as info:
        instance.full_clean(exclude=exclude)
    return info.value.message_dict


@pytest.mark.parametrize("kvk", ["1234567", "123456789", "1234567a", "12 34 56"])
def test_a_kvk_number_has_exactly_eight_digits(kvk):
    assert "kvk_number" in errors_of(Organisation(name="Stichting", kvk_number=kvk))


def test_a_kvk_number_is_unique_but_many_organisations_may_have_none():
    OrganisationFactory(kvk_number="12345678")
    assert "kvk_number" in errors_of(Organisation(name="Dubbel", kvk_number="12345678"))
    first = Organisation(name="Zonder nummer", kvk_number=None)
    first.full_clean()
    first.save()
    second = Organisation(name="Ook zonder", kvk_number="")
    second.full_clean()
    second.save()
    assert first.kvk_number is None and second.kvk_number is None


def test_a_municipal_organisation_cannot_be_independent():
    org = Organisation(name="Wmo-loket", is_municipal=True, is_independent=True)
    assert "is_independent" in errors_of(org)


def test_opening_hours_must_not_open_and_close_at_the_same_time(weert_location):
    same = OpeningHours(location=weert_location, weekday=0, opens="09:00", closes="09:00")
    assert "closes" in errors_of(same)
    overnight = OpeningHours(
        location=weert_location, weekday=4, opens=dt.time(22), closes=dt.time(2)
    )
    overnight.full_clean()  # past midnight is allowed


def test_an_opening_exception_needs_dates_in_order_and_hours_when_open(weert_location):
    backwards = OpeningException(
        location=weert_location, start_date=dt.date(2026, 5, 2), end_date=dt.date(2026, 5, 1)
    )
    assert "end_date" in errors_of(backwards)
    open_without_hours = OpeningException(
        location=weert_location, start_date=dt.date(2026, 5, 1), is_closed=False
    )
    assert "opens" in errors_of(open_without_hours)
    reversed_hours = OpeningException(
        location=weert_location,
        start_date=dt.date(2026, 5, 1),
        is_closed=False,
        opens=dt.time(17),
        closes=dt.time(9),
    )
    assert "closes" in errors_of(reversed_hours)


def test_a_location_postcode_is_normalised_and_geocoded(reference_data):
    location = LocationFactory.build(
        organisation=OrganisationFactory(),
        postcode="6001ab",
        latitude=None,
        longitude=None,
        municipality=None,
    )
    location.full_clean()
    assert location.postcode == "6001 AB"
    assert location.latitude is not None and location.municipality.code == "GM0988"


def test_a_location_with_one_coordinate_is_refused(reference_data):
    location = LocationFactory.build(organisation=OrganisationFactory(), longitude=None)
    assert "__all__" in errors_of(location)


def service(**fields) -> Service:
    base = ServiceFactory(name="Regels")
    for name, value in fields.items():
        setattr(base, name, value)
    return base


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"min_age": 67, "max_age": 18}, "max_age"),
        ({"max_age": 130}, "max_age"),
        ({"is_free": False, "cost_description": " "}, "cost_description"),
        ({"area_type": AreaType.RADIUS, "area_radius_km": 10}, "area_centre"),
        ({"area_type": AreaType.RADIUS, "area_radius_km": 150}, "area_radius_km"),
    ],
)
def test_service_rules_across_fields(reference_data, fields, field):
    assert field in errors_of(service(**fields))


def test_a_radius_area_needs_a_radius(reference_data, weert_location):
    errors = errors_of(service(area_type=AreaType.RADIUS, area_centre=weert_location))
    assert "area_radius_km" in errors and "area_centre" not in errors


def test_a_consistent_service_is_valid(reference_data, weert_location):
    service(min_age=18, max_age=18, is_free=False, cost_description="€ 5").full_clean()
    service(area_type=AreaType.RADIUS, area_centre=weert_location, area_radius_km=5).full_clean()


def test_the_admin_form_asks_for_a_municipality(reference_data):
    user = get_user_model().objects.create_superuser("r", "r@example.org", "x" * 12)
    form_class = get_edit_handler(Service).get_form_class()
    form = form_class(
        {"area_type": "municipalities", "min_age": "70", "max_age": "60"},
        instance=Service(),
        for_user=user,
    )
    assert not form.is_valid()
    assert "Kies minstens één gemeente." in form.errors["area_municipalities"]
    assert "De hoogste leeftijd is lager dan de laagste." in form.errors["max_age"]


def covered(service: Service) -> set[str]:
    return set(service.covered_municipalities.values_list("code", flat=True))


@pytest.fixture
def radius_service(reference_data):
    centre = LocationFactory(name="Midden")
    return ServiceFactory(
        name="Ouderenadviseur in de buurt",
        area_type=AreaType.RADIUS,
        area_centre=centre,
        area_radius_km=3,
        setup={"municipalities": []},
    )


def test_a_radius_area_covers_the_municipalities_in_the_circle(radius_service):
    assert "GM0988" in covered(radius_service)
    assert "GM1900" not in covered(radius_service)


def test_moving_the_centre_moves_the_area(radius_service):
    centre = radius_service.area_centre
    for name, value in SNEEK.items():
        setattr(centre, name, value)
    centre.municipality = Municipality.objects.get(code="GM1900")
    centre.save()
    assert covered(radius_service) == {"GM1900"}


def test_a_service_whose_centre_is_deleted_covers_nothing(radius_service):
    radius_service.area_centre.delete()
    radius_service.refresh_from_db()
    assert radius_service.area_centre is None
    assert covered(radius_service) == set()


def test_saving_another_location_leaves_the_area_alone(radius_service):
    other = LocationFactory(name="Elders", **SNEEK)
    before = covered(radius_service)
    other.name = "Elders, nieuw"
    other.save()
    assert covered(radius_service) == before
