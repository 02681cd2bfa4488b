"""Pure mapping both ways: our records to HSDS and back give the same records."""

import datetime as dt

from django.test import override_settings

from directory.hsds.ids import own_id, own_pk
from directory.hsds.mapping import ExportContext, location_to_hsds, service_to_hsds
from directory.hsds.parsing import ImportContext, parse_location, parse_service
from directory.hsds.records import (
    DayException,
    Hours,
    LocationRecord,
    OrgRecord,
    Place,
    ServiceRecord,
)
from directory.hsds.report import Report, Where
from directory.hsds.taxonomy import (
    LIFE_DOMAIN,
    SUPPORT_LINE,
    TARGET_GROUP,
    Taxonomy,
    Term,
    fixed_terms,
)

TAXONOMY = Taxonomy(
    (
        Term(SUPPORT_LINE, "informeel", "Vrijwilligers en lotgenoten", "Volunteers and peers"),
        Term(SUPPORT_LINE, "clientondersteuning", "Onafhankelijke cliëntondersteuning", "ICS"),
        Term(LIFE_DOMAIN, "wonen", "Wonen", "Housing"),
        Term(LIFE_DOMAIN, "mantelzorg", "Mantelzorg", "Informal care"),
        Term(TARGET_GROUP, "ouderen", "Ouderen", "Older people"),
        *fixed_terms(),
    )
)
OUT = ExportContext(
    TAXONOMY,
    {
        "GM0988": Place("GM0988", "Weert", "Limburg"),
        "GM0946": Place("GM0946", "Nederweert", "Limburg"),
    },
    {"nl": "Nederlands", "li": "Limburgs"},
)
IN = ImportContext(
    TAXONOMY,
    {"GM0988": "GM0988", "GM0946": "GM0946", "weert": "GM0988", "nederweert": "GM0946"},
    {"nl": "nl", "li": "li", "nederlands": "nl"},
)
ORG = OrgRecord(
    "0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    "Stichting Welzijn",
    description="Welzijnswerk.",
    phone="0495-123456",
    kvk_number="41234567",
    is_independent=True,
)
LOCATION = LocationRecord(
    "1b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    ORG.hsds_id,
    "Wijkcentrum",
    "Markt 1",
    "6001 AB",
    "Weert",
    municipality_code="GM0988",
    latitude=51.2512,
    longitude=5.7059,
    hearing_loop=True,
    hours=(Hours(0, dt.time(9), dt.time(12, 30)), Hours(4, dt.time(22), dt.time(2))),
    exceptions=(
        DayException(dt.date(2026, 12, 25), dt.date(2026, 12, 26)),
        DayException(dt.date(2026, 12, 31), None, False, dt.time(9), dt.time(12), "Oudejaar"),
    ),
)
SERVICE = ServiceRecord(
    "2b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    ORG.hsds_id,
    "Maatjes",
    "Een vrijwilliger komt langs.",
    "informeel",
    description="<p>Meer uitleg.</p>",
    life_domains=("mantelzorg", "wonen"),
    target_groups=("ouderen",),
    languages=("li", "nl"),
    is_free=False,
    cost_description="5 euro",
    offers_home_visit=True,
    phone="0495-000000",
    min_age=65,
    location_ids=(LOCATION.hsds_id,),
    area_municipalities=("GM0946", "GM0988"),
    last_verified_on=dt.date(2026, 1, 2),
)


def test_service_to_hsds_and_back_is_the_same_record():
    doc = service_to_hsds(SERVICE, ORG, {LOCATION.hsds_id: LOCATION}, OUT)
    report = Report()
    parsed = parse_service(doc, Where("services.json", 1), IN, report)
    assert report.issues == []
    assert parsed.service == SERVICE
    assert parsed.organisation == ORG
    assert parsed.locations == (LOCATION,)


def test_radius_area_travels_as_geojson_point_with_radius():
    radius = ServiceRecord(
        **{
            **SERVICE.__dict__,
            "area_type": "radius",
            "area_municipalities": (),
            "area_centre_id": LOCATION.hsds_id,
            "area_radius_km": 15,
        }
    )
    doc = service_to_hsds(radius, ORG, {LOCATION.hsds_id: LOCATION}, OUT)
    assert doc["service_areas"][0]["extent_type"] == "geojson"
    parsed = parse_service(doc, Where("x", 1), IN, Report())
    assert parsed.service == radius


def test_foreign_location_without_our_attributes_gets_sensible_defaults():
    report = Report()
    loc = parse_location(
        {
            "id": "3b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "location_type": "physical",
            "addresses": [
                {
                    "address_1": "Kerkstraat 5",
                    "city": "Weert",
                    "postal_code": "6001ab",
                    "state_province": "Limburg",
                    "country": "NL",
                    "address_type": "physical",
                }
            ],
            "accessibility": [{"id": "x", "description": "Toegankelijk met rolstoel"}],
            "schedules": [
                {"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "09:00:00", "closes_at": "17:00"},
                {"freq": "MONTHLY", "byday": "1MO", "opens_at": "09:00", "closes_at": "10:00"},
            ],
        },
        ORG.hsds_id,
        Where("services.json", 4, "service_at_locations[0].location"),
        IN,
        report,
    )
    assert loc.postcode == "6001 AB"
    assert loc.wheelchair_access
    assert [h.weekday for h in loc.hours] == [0, 2]
    assert [(w.row, w.field) for w in report.warnings] == [
        (4, "service_at_locations[0].location.schedules[1].byday")
    ]


def test_foreign_terms_map_by_name_and_unknown_ones_are_warnings():
    doc = service_to_hsds(SERVICE, ORG, {LOCATION.hsds_id: LOCATION}, OUT)
    doc["attributes"] = [
        {"id": "a", "taxonomy_term": {"id": "t1", "name": "Vrijwilligers en lotgenoten"}},
        {"id": "b", "taxonomy_term": {"id": "t2", "name": "HOUSING"}},
        {"id": "c", "taxonomy_term": {"id": "t3", "name": "Food", "taxonomy": "OE"}},
    ]
    report = Report()
    parsed = parse_service(doc, Where("services.json", 1), IN, report)
    assert parsed.service.support_line == "informeel"
    assert parsed.service.life_domains == ("wonen",)
    assert [w.field for w in report.warnings] == ["attributes[2].taxonomy_term_id"]
    # Without our flags, HSDS's own fields decide: fees mean not free, a phone means by phone.
    assert parsed.service.is_free is False
    assert parsed.service.offers_phone is True


def test_locations_export_is_valid_hsds():
    from directory.hsds.validation import problems

    assert problems(location_to_hsds(LOCATION, OUT), "location.json") == []


@override_settings(HSDS_ID_NAMESPACE="8d0c3f8e-7f5e-4c1e-9b7a-1234567890ab")
def test_own_ids_are_uuids_that_give_back_their_pk():
    import uuid

    value = own_id("service", 12345)
    assert str(uuid.UUID(value)) == value
    assert own_pk("service", value) == 12345
    assert own_pk("location", value) is None
    assert own_pk("service", "0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") is None
