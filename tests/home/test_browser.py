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


def tab_until(page, label: str, limit: int = 20) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == label:
            return
    pytest.fail(f"{label!r} was not reachable with Tab")


def test_main_navigation_works_by_keyboard_on_a_phone(live_server, browser_page, site):
    browser_page.goto(live_server.url + "/")
    link = browser_page.get_by_role("link", name="Wat is cliëntondersteuning?")
    assert not link.is_visible()  # folded on a small screen
    tab_until(browser_page, "Menu")
    browser_page.keyboard.press("Enter")
    assert link.is_visible()
    tab_until(browser_page, "Wat is cliëntondersteuning?")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith("/clientondersteuning/")
    assert browser_page.locator("h1").inner_text() == "Wat is cliëntondersteuning?"


def test_main_navigation_is_open_on_a_wide_screen(live_server, browser_page, site):
    browser_page.set_viewport_size({"width": 1280, "height": 900})
    browser_page.goto(live_server.url + "/")
    assert not browser_page.get_by_text("Menu", exact=True).is_visible()
    tab_until(browser_page, "Wat is cliëntondersteuning?")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith("/clientondersteuning/")


def test_menu_is_open_without_javascript(chromium, live_server, site):
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 800}
    )
    page = context.new_page()
    page.goto(live_server.url + "/")
    assert page.get_by_role("link", name="Wat is cliëntondersteuning?").is_visible()
    context.close()


def test_search_form_works_by_keyboard(live_server, browser_page, site):
    browser_page.goto(live_server.url + "/")
    browser_page.focus("#site-search")
    browser_page.keyboard.type("cliëntondersteuner")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert "Wat is cliëntondersteuning?" in browser_page.content()
