"""robots.txt, security.txt and the sitemap."""

import pytest

pytestmark = pytest.mark.django_db


def test_robots_txt(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_security_txt(client, home_page):
    response = client.get("/.well-known/security.txt")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Contact: mailto:" in body
    assert "Expires: " in body


def test_sitemap_lists_live_pages_of_the_site(client, site_settings, content_page):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "/clientondersteuning/" in response.content.decode()
