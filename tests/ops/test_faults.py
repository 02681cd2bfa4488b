"""Faults a resident must not notice as a crash: database, media storage and cache failures."""

from unittest import mock

import pytest
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import InterfaceError, OperationalError, connection
from django.test import override_settings
from steunwijzer.ops.errors import server_error
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories.home import ContentPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.ops.conftest import LOCMEM, failsafe_over

pytestmark = pytest.mark.django_db


def _database_down(exc=OperationalError):
    return mock.patch.object(
        connection, "cursor", side_effect=exc("could not connect to server: Connection refused")
    )


@pytest.mark.parametrize("exc", [OperationalError, InterfaceError])
def test_database_down_gives_the_friendly_503_page(client, home_page, exc):
    with _database_down(exc):
        response = client.get("/")
    assert response.status_code == 503
    html = response.content.decode()
    assert "Deze website is even niet beschikbaar" in html
    assert 'href="tel:112"' in html
    assert "Traceback" not in html and "OperationalError" not in html
    assert response["Retry-After"] == "60"
    assert response["Cache-Control"] == "no-store"


def test_database_failing_outside_a_view_also_gives_503(rf):
    """handler500 sees the exception Django is handling (a session saved in middleware)."""
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
    assert b"even niet beschikbaar" in response.content
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500


@pytest.fixture
def news_with_image(home_page):
    image = Image.objects.create(title="Wijkcentrum", file=get_test_image_file())
    index = NewsIndexPageFactory(parent=home_page)
    return NewsPageFactory(
        parent=index, slug="open-dag", title="Open dag", image=image, image_alt="Het wijkcentrum"
    )


def test_missing_media_file_renders_the_page_without_the_image(client, news_with_image):
    default_storage.delete(news_with_image.image.file.name)
    response = client.get(news_with_image.url)
    assert response.status_code == 200
    assert "Open dag" in response.content.decode()


def test_failing_media_storage_renders_the_page_without_the_image(client, news_with_image):
    with mock.patch.object(FileSystemStorage, "open", side_effect=OSError("storage unreachable")):
        response = client.get(news_with_image.url)
    assert response.status_code == 200
    assert "Open dag" in response.content.decode()


def test_site_logo_that_cannot_be_read_leaves_the_header_without_logo(client, site_settings):
    site_settings.logo = Image.objects.create(title="Logo", file=get_test_image_file())
    site_settings.save()
    with mock.patch.object(FileSystemStorage, "open", side_effect=OSError("storage unreachable")):
        response = client.get("/")
    assert response.status_code == 200
    assert "Gemeente Testdorp" in response.content.decode()


def test_broken_cache_still_serves_pages(client, home_page, broken_cache):
    ContentPageFactory(parent=home_page, slug="hulp", title="Hulp bij uw vraag")
    with override_settings(PAGE_CACHE_SECONDS=300):
        for _ in range(2):
            response = client.get("/hulp/")
            assert response.status_code == 200
            assert "Hulp bij uw vraag" in response.content.decode()
            assert response.get("X-Page-Cache") != "hit"


def test_redis_that_refuses_connections_still_serves_pages(client, home_page):
    """The real Redis client against a loopback port where nothing listens."""
    ContentPageFactory(parent=home_page, slug="hulp", title="Hulp bij uw vraag")
    down = failsafe_over(
        "django.core.cache.backends.redis.RedisCache", location="redis://127.0.0.1:9/0"
    )
    with override_settings(CACHES=down, PAGE_CACHE_SECONDS=300):
        response = client.get("/hulp/")
        assert response.status_code == 200
        assert "Hulp bij uw vraag" in response.content.decode()
        assert client.get("/health/").json()["checks"]["cache"]["status"] == "degraded"


def test_full_cache_still_serves_the_right_pages(client, home_page):
    pages = [
        ContentPageFactory(parent=home_page, slug=f"pagina-{i}", title=f"Pagina nummer {i}")
        for i in range(6)
    ]
    # Room for two entries: every store culls, like a memcached that is full.
    tiny = failsafe_over(LOCMEM, MAX_ENTRIES=2, CULL_FREQUENCY=1)
    with override_settings(CACHES=tiny, PAGE_CACHE_SECONDS=300):
        for _ in range(3):
            for page in pages:
                response = client.get(page.url)
                assert response.status_code == 200
                assert f"Pagina nummer {page.slug[-1]}" in response.content.decode()
