"""The content site in a real browser: axe-core finds nothing, and it works by keyboard."""

import pytest

from tests.browser import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def site(site_settings, content_page, news_index):
    return site_settings


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),
        ("/clientondersteuning/", 200),
        ("/zoeken/?q=cli%C3%ABntondersteuner", 200),
        ("/zoeken/?q=fietsenmaker", 200),
        ("/nieuws/", 200),
        ("/bestaat-niet/", 404),
    ],
)
def test_pages_have_no_axe_violations(live_server, browser_page, site, path, status):
    response = browser_page.goto(live_server.url + path)
    assert response.status == status
    assert_accessible(browser_page)


def test_desktop_width_has_no_axe_violations(live_server, browser_page, site):
    browser_page.set_viewport_size({"width": 1280, "height": 900})
    browser_page.goto(live_server.url + "/clientondersteuning/")
    assert_accessible(browser_page)


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(live_server, browser_page, site):
    browser_page.goto(live_server.url + "/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Naar de hoofdinhoud"
    assert browser_page.locator(".utrecht-skip-link").is_visible()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"


def test_main_navigation_works_by_keyboard(live_server, browser_page, site):
    browser_page.goto(live_server.url + "/")
    for _ in range(15):
        browser_page.keyboard.press("Tab")
        label = browser_page.evaluate("document.activeElement.textContent.trim()")
        if label == "Wat is cliëntondersteuning?":
            break
    else:
        pytest.fail("the menu link was not reachable with Tab")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith("/clientondersteuning/")
    assert browser_page.locator("h1").inner_text() == "Wat is cliëntondersteuning?"


def test_search_form_works_by_keyboard(live_server, browser_page, site):
    browser_page.goto(live_server.url + "/")
    browser_page.focus("#site-search")
    browser_page.keyboard.type("cliëntondersteuner")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert "Wat is cliëntondersteuning?" in browser_page.content()
