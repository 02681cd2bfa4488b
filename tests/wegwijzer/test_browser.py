"""A complete route in a real browser, by keyboard only, with axe-core on every step."""

import pytest

from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching the selector has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} was not reachable with Tab on {page.url}")


def submit(page) -> None:
    tab_to(page, "button.sw-wz-next")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def choose_radio(page, downs: int) -> None:
    """Tab into the radio group (first option) and move the choice with the arrow keys."""
    tab_to(page, "#antwoord-1")
    page.keyboard.press("Space")
    for _ in range(downs):
        page.keyboard.press("ArrowDown")


def tick(page, *numbers: int) -> None:
    for number in numbers:
        tab_to(page, f"#antwoord-{number}")
        page.keyboard.press("Space")


def step(page, name: str, progress: str) -> None:
    assert progress in page.locator(".sw-wz-progress").inner_text(), name
    assert_accessible(page, context_name=name)


def test_a_whole_route_by_keyboard_without_axe_violations(
    live_server, browser_page, guide_page, social_map
):
    page = browser_page
    page.goto(live_server.url + "/wegwijzer/")
    assert_accessible(page, context_name="start")
    assert not page.context.cookies()
    tab_to(page, "a.sw-wz-next")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert_accessible(page, context_name="safety")
    tab_to(page, "#gevaar-ja")
    page.keyboard.press("ArrowDown")  # "Nee, er is geen acuut gevaar"
    submit(page)

    step(page, "voor-wie", "Vraag 1 van ongeveer 7")
    choose_radio(page, 2)  # "Ik zorg voor iemand" (mantelzorger)
    submit(page)
    step(page, "leeftijd", "Vraag 2")
    choose_radio(page, 3)  # 65 of ouder
    submit(page)
    step(page, "onderwerp", "Vraag 3")
    tick(page, 2, 7)  # health, money
    submit(page)
    step(page, "geld", "Vraag 4 van ongeveer 8")  # the debt branch adds a question
    choose_radio(page, 0)
    submit(page)
    step(page, "situatie", "Vraag 5")
    tick(page, 4)  # none of these
    submit(page)
    step(page, "netwerk", "Vraag 6")
    choose_radio(page, 1)  # nobody can help
    submit(page)
    step(page, "gemeente", "Vraag 7")
    choose_radio(page, 3)  # disagrees with a decision
    submit(page)
    step(page, "postcode", "Vraag 8")
    tab_to(page, "#antwoord-1")
    page.keyboard.type("6001")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith("/wegwijzer/uitslag/")
    assert page.locator("h1").inner_text() == "Deze hulp past bij u"
    assert page.locator(".sw-wz-group--bezwaar").count() == 1
    assert_accessible(page, context_name="result")
    page.set_viewport_size({"width": 1280, "height": 900})
    assert_accessible(page, context_name="result, desktop")
    assert {c["name"] for c in page.context.cookies()} == {"sessionid"}


def test_errors_and_the_emergency_screen_have_no_axe_violations(
    live_server, browser_page, guide_page
):
    page = browser_page
    page.goto(live_server.url + "/wegwijzer/veilig/")
    submit(page)  # nothing chosen
    assert page.locator(".sw-wz-error-summary").is_visible()
    assert_accessible(page, context_name="safety with error")
    tab_to(page, "#gevaar-ja")
    page.keyboard.press("Space")
    submit(page)
    assert page.url.endswith("/wegwijzer/nood/")
    assert "0800-0113" in page.locator("main").inner_text()
    assert_accessible(page, context_name="emergency")
