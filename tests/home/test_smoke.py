import pytest

from tests.browser import assert_accessible


@pytest.mark.django_db
def test_home_renders(client, site_settings, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert "Gemeente Testdorp" in response.content.decode()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_home_accessible(live_server, browser_page, site_settings, home_page):
    browser_page.goto(live_server.url + "/")
    assert_accessible(browser_page)
