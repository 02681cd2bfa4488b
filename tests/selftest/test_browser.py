"""A member fills in a theme by keyboard only; axe finds nothing on the form and the report."""

import pytest

from selftest.models import Answer
from tests.browser import assert_accessible
from tests.factories.selftest import PASSWORD, CouncilFactory, make_assessment, make_member
from tests.factories.selftest import make_version as _make_version

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_member_fills_in_a_theme_by_keyboard(live_server, browser_page, site_settings):
    council = CouncilFactory(name="Wmo-raad Weert")
    member = make_member(council, first_name="Anna")
    assessment = make_assessment(council, _make_version())
    page = browser_page
    page.goto(live_server.url + "/zelftest/inloggen/")
    assert_accessible(page, context_name="login")
    page.focus("#id_username")
    page.keyboard.type(member.username)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/zelftest/")

    page.goto(f"{live_server.url}/zelftest/{assessment.pk}/thema/beleidsplan/")
    assert_accessible(page, context_name="theme form")
    first_radio = page.locator("input[type=radio]").first
    first_radio.focus()
    page.keyboard.press("Space")  # "Ja" on the first question
    page.keyboard.press("Tab")  # into the explanation
    page.keyboard.type("Staat in hoofdstuk 4 van het beleidsplan.")
    page.focus("button[name=stay]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Uw antwoorden zijn opgeslagen" in page.content()
    answer = Answer.objects.get(assessment=assessment, question__code="BE-1")
    assert answer.value == "yes"
    assert answer.explanation == "Staat in hoofdstuk 4 van het beleidsplan."

    # a wrong link is announced in the error summary, which is accessible too
    page.fill("input[type=url]", "geen link")
    with page.expect_navigation():
        page.click("button[name=stay]")
    assert "Vul een volledige link in" in page.locator("#error-summary").inner_text()
    assert_accessible(page, context_name="theme form with errors")
    page.goto(f"{live_server.url}/zelftest/{assessment.pk}/rapport/")
    assert_accessible(page, context_name="report")
    assert "Verbeterpunten per thema" in page.content()

    for path in ["", "gesprek/"]:
        page.goto(f"{live_server.url}/zelftest/{assessment.pk}/{path}")
        assert_accessible(page, context_name=f"assessment {path or 'overview'}")
