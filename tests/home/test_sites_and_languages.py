"""Settings, navigation and branding differ per Wagtail Site; English lives under /en/."""

import pytest
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


def test_each_site_has_its_own_settings_and_menu(client, site_settings, content_page, second_site):
    first = client.get("/").content.decode()
    second = client.get("/", HTTP_HOST="tweede.localhost").content.decode()
    assert "Gemeente Testdorp" in first and "Gemeente Tweede" not in first
    assert "Gemeente Tweede" in second and "Gemeente Testdorp" not in second
    assert "Wat is cliëntondersteuning?" in first and "Alleen in Tweede" not in first
    assert "Alleen in Tweede" in second and "Wat is cliëntondersteuning?" not in second
    assert "sw-theme--groen" in second and "sw-theme--blauw" in first


def test_footer_links_come_from_site_settings(client, site_settings, content_page):
    site_settings.footer_links.create(page=content_page, label="")
    site_settings.footer_links.create(url="https://www.example.org/", label="Voorbeeld")
    site_settings.save()  # inline children of a ClusterableModel are saved with the parent
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    assert 'href="/clientondersteuning/"' in footer
    assert "Voorbeeld" in footer


@pytest.fixture
def english(home_page, content_page):
    en = Locale.objects.get(language_code="en")
    home_en = home_page.copy_for_translation(en)
    home_en.title = "Steunwijzer Test"
    home_en.hero_title = "Help with your question"
    home_en.save_revision().publish()
    page_en = content_page.copy_for_translation(en)
    page_en.title = "What is client support?"
    page_en.slug = "client-support"
    page_en.save_revision().publish()
    return page_en


def test_english_page_is_served_under_en(client, site_settings, english):
    response = client.get("/en/client-support/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "What is client support?" in html
    assert "Skip to main content" in html  # interface strings are translated too


def test_hreflang_and_language_switcher_link_the_translations(client, site_settings, english):
    html = client.get("/clientondersteuning/").content.decode()
    assert 'hreflang="en" href="http://testserver/en/client-support/"' in html
    assert 'hreflang="nl" href="http://testserver/clientondersteuning/"' in html
    assert '<a class="utrecht-link" href="/en/client-support/" hreflang="en" lang="en">' in html


def test_english_home(client, site_settings, english):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "Help with your question" in response.content.decode()


def test_search_is_per_language(client, site_settings, english):
    html = client.get("/en/zoeken/", {"q": "client support"}).content.decode()
    assert "What is client support?" in html
    assert "Wat is cliëntondersteuning?" not in html
