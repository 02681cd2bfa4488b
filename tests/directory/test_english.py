"""The social map under /en/: English interface text and English taxonomy labels."""

import polib
import pytest
from django.conf import settings
from wagtail.models import Locale

URL = "/en/social-map/"
CATALOGUE = settings.BASE_DIR / "directory" / "locale" / "en" / "LC_MESSAGES" / "django.po"


@pytest.fixture
def english_map(home_page, directory_page, sample_services):
    en = Locale.objects.get(language_code="en")
    home_en = home_page.copy_for_translation(en)
    home_en.save_revision().publish()
    page_en = directory_page.copy_for_translation(en).specific
    page_en.title, page_en.slug = "Social map", "social-map"
    page_en.save_revision().publish()
    return page_en


def test_every_message_of_the_social_map_has_an_english_translation():
    catalogue = polib.pofile(str(CATALOGUE))
    assert len(catalogue) > 200
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert CATALOGUE.with_suffix(".mo").exists()


def test_search_page_in_english(client, english_map):
    response = client.get(URL, {"lijn": "informeel", "postcode": "6001", "afstand": "5"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "What do you need help with?" in html
    assert "Apply filters" in html
    assert "1 result within 5 km of 6001" in html
    assert "Waar zoekt u hulp bij?" not in html


def test_search_page_shows_taxonomy_labels_in_english(client, english_map):
    html = client.get(URL).content.decode()
    assert "Type of help" in html
    assert 'Volunteers and peers <span class="sw-dir-count">' in html
    assert 'Informal carers <span class="sw-dir-count">' in html
    assert "Vrijwilligers en lotgenoten <span" not in html


def test_bad_input_messages_in_english(client, english_map):
    html = client.get(URL, {"afstand": "-5", "lijn": "onbekend"}).content.decode()
    assert "Choose a distance from the list" in html
    assert "does not exist. We left it out." in html


def test_detail_page_in_english(client, english_map, sample_services):
    service = sample_services["mantelzorg"]
    response = client.get(f"{URL}{service.pk}/{service.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "How to get in touch" in html
    assert "Directions to this place" in html
    assert "Informal carers" in html  # target group label
    assert "Is something wrong? Tell us" in html
