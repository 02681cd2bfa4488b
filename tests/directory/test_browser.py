"""The social map in a real browser: axe-core, the map, and a keyboard-only walk."""

import pytest

from directory.models import Municipality
from directory.reference_data import reference_data_load
from tests.browser import assert_accessible
from tests.factories.directory import DirectoryPageFactory, LocationFactory, ServiceFactory, line


@pytest.fixture
def social_map(home_page, settings):
    # Tiles from a local address that does not exist: the map must cope when tiles fail.
    settings.DIRECTORY_MAP_TILE_URL = "/static/geen-tegels/{z}/{x}/{y}.png"
    reference_data_load()
    page = DirectoryPageFactory(parent=home_page)
    page.municipalities.set(Municipality.objects.filter(code="GM0988"))
    page.save_revision().publish()
    here = LocationFactory(name="Wijkcentrum Weert")
    ServiceFactory(
        name="Steunpunt Mantelzorg Weert",
        support_line=line("informeel"),
        setup={"domains": ["mantelzorg"], "locations": [here]},
    )
    ServiceFactory(name="Onafhankelijke cliëntondersteuning Weert", setup={"locations": [here]})
    return page


def tab_to(page, element_id: str, limit: int = 80) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
    raise AssertionError(f"could not reach #{element_id} with the Tab key")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_search_and_detail_are_accessible_and_work_by_keyboard(
    live_server, browser_page, social_map
):
    page = browser_page
    page.goto(f"{live_server.url}/sociale-kaart/?postcode=6001")
    page.wait_for_selector("#dir-map .leaflet-marker-icon")
    assert_accessible(page, context_name="search")
    assert page.locator(".sw-dir-map__failed").count() == 1  # tiles failed, list still there
    assert page.locator(".sw-dir-card").count() == 2

    tab_to(page, "f-lijn-informeel")
    page.keyboard.press("Space")
    tab_to(page, "dir-apply")
    page.keyboard.press("Enter")
    page.wait_for_url("**lijn=informeel**")
    assert page.locator(".sw-dir-card").count() == 1

    page.keyboard.press("Tab")
    for _ in range(80):
        href = page.evaluate("document.activeElement.getAttribute('href') || ''")
        if "/sociale-kaart/" in href and href.rstrip("/").split("/")[-2].isdigit():
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Steunpunt Mantelzorg Weert')")
    assert_accessible(page, context_name="detail")
    assert page.locator("script[type='application/ld+json']").count() == 1


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_without_a_tile_server_the_map_shows_markers_on_a_plain_background(
    live_server, browser_page, social_map, settings
):
    settings.DIRECTORY_MAP_TILE_URL = ""  # the default: no third party sees the visitor
    page = browser_page
    images: list[str] = []
    page.on("request", lambda r: images.append(r.url) if r.resource_type == "image" else None)
    page.goto(f"{live_server.url}/sociale-kaart/?postcode=6001")
    page.wait_for_selector("#dir-map.sw-dir-map--ready .leaflet-marker-icon")
    assert page.locator(".leaflet-tile").count() == 0
    assert page.locator(".sw-dir-map__failed").count() == 0
    assert page.locator(".sw-dir-card").count() == 2
    assert all(url.startswith(live_server.url) or url.startswith("data:") for url in images)
    assert_accessible(page, context_name="map without tiles")
