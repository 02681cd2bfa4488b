"""What pages keep in the cache (site chrome, breadcrumbs, languages, page fragments) shows
changes at once: publishing and saving settings purge it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import FooterLink
from tests.factories.home import ContentPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def tables_read(client, url) -> str:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return " ".join(q["sql"] for q in queries.captured_queries)


def test_the_chrome_is_read_once_per_site_and_language(client, site_settings, content_page):
    first = tables_read(client, "/")
    assert "home_sitesettings" in first and "home_footerlink" in first
    later = tables_read(client, content_page.url)
    assert "home_sitesettings" not in later
    assert "home_footerlink" not in later
    assert "home_emergencynumber" not in later
    # English has its own entry: menu titles and footer links are translated.
    assert "home_sitesettings" in tables_read(client, "/en/zoeken/")


def test_the_current_page_is_marked_per_request(client, site_settings, content_page):
    client.get("/")
    html = client.get(content_page.url).content.decode()
    assert f'href="{content_page.url}" aria-current="page"' in html
    header = client.get("/zoeken/").content.decode().split("</header>")[0]
    assert 'aria-current="page"' not in header


def test_publishing_a_menu_page_shows_it_at_once(
    client, site_settings, home_page, django_capture_on_commit_callbacks
):
    assert "Mantelzorg" not in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        page = ContentPageFactory(parent=home_page, title="Mantelzorg", show_in_menus=True)
        page.save_revision().publish()
    assert f'href="{page.url}">Mantelzorg</a>' in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert "Mantelzorg" not in client.get("/").content.decode()


def test_saving_the_site_settings_updates_header_and_footer(
    client, site_settings, content_page, django_capture_on_commit_callbacks
):
    assert "0123-000000" in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        site_settings.contact_phone = "0987-654321"
        site_settings.organisation_name = "Gemeente Nieuwdorp"
        site_settings.save()
        FooterLink.objects.create(settings=site_settings, page=content_page, label="Over ons")
    html = client.get("/").content.decode()
    assert "0987-654321" in html and "0123-000000" not in html
    assert "Gemeente Nieuwdorp" in html
    assert f'<a href="{content_page.url}">Over ons</a>' in html


def test_a_second_visit_of_a_content_page_reads_nothing(client, site_settings, content_page):
    client.get(content_page.url)
    # The routing (home/routing.py), body, breadcrumbs, language links and chrome all come
    # from the cache.
    assert tables_read(client, content_page.url) == ""


def test_publishing_news_updates_the_home_page(
    client, site_settings, news_index, django_capture_on_commit_callbacks
):
    assert "Nieuwe wijkteams" not in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        item = NewsPageFactory(parent=news_index, title="Nieuwe wijkteams")
        item.save_revision().publish()
    assert "Nieuwe wijkteams" in client.get("/").content.decode()


def test_publishing_a_page_shows_its_new_text(
    client, site_settings, content_page, django_capture_on_commit_callbacks
):
    assert "Een korte inleiding." in client.get(content_page.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        content_page.intro = "Een nieuwe inleiding."
        content_page.save_revision().publish()
    html = client.get(content_page.url).content.decode()
    assert "Een nieuwe inleiding." in html and "Een korte inleiding." not in html


def test_a_preview_is_never_served_from_or_stored_in_the_cache(client, site_settings, content_page):
    client.get(content_page.url)  # the live fragment is now cached
    content_page.intro = "Concepttekst in de preview."
    preview = content_page.make_preview_request()
    assert "Concepttekst in de preview." in preview.rendered_content
    assert "Concepttekst" not in client.get(content_page.url).content.decode()
