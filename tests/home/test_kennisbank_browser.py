"""The Kennisbank in a real browser at phone width: axe finds nothing; keyboard-only works."""

import pytest

from tests.browser import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_finder_and_publication_have_no_axe_violations(live_server, browser_page, kennisbank):
    browser_page.goto(live_server.url + "/kennisbank/?thema=toegankelijkheid")
    assert_accessible(browser_page, context_name="finder")
    browser_page.goto(live_server.url + "/kennisbank/handreiking-clientondersteuning/")
    assert_accessible(browser_page, context_name="publication")


def test_keyboard_walk_through_two_facets_to_a_publication(live_server, browser_page, kennisbank):
    page = browser_page
    page.goto(live_server.url + "/kennisbank/")

    def tab_to(selector: str, limit: int = 60) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(f"document.activeElement.matches({selector!r})"):
                return
        pytest.fail(f"could not reach {selector} with Tab")

    tab_to("#kb-thema-toegankelijkheid")
    page.keyboard.press("Space")
    page.keyboard.press("Shift+Tab")  # the audience facet comes before the theme facet
    for _ in range(20):
        if page.evaluate("document.activeElement.id") == "kb-doelgroep-wmo-raden":
            break
        page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    tab_to("button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "thema=toegankelijkheid" in page.url and "doelgroep=wmo-raden" in page.url
    assert "1 publicatie gevonden" in page.content()
    tab_to("a[href='/kennisbank/informatiekaart-ouderen/']", limit=120)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "Informatiekaart ouderen"
