"""backup_site and restore_site: a round trip into an empty, freshly migrated database."""

import tarfile

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from steunwijzer.ops.backup import empty_tables
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.log_actions import log
from wagtail.models import Collection, Locale, Page, PageLogEntry, Site

from home.models import ContentPage
from tests.factories.directory import DirectoryPageFactory, ServiceFactory
from tests.factories.home import ContentPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

URLS = ["/", "/hulp/", "/nieuws/", "/nieuws/open-dag/", "/sociale-kaart/", "/zoeken/?q=hulp"]


@pytest.fixture(autouse=True)
def media_root(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path / "media"):
        yield tmp_path / "media"


@pytest.fixture
def content(site_settings, home_page):
    from directory.reference_data import reference_data_load

    reference_data_load()
    ContentPageFactory(parent=home_page, slug="hulp", title="Hulp bij uw vraag", show_in_menus=True)
    image = Image.objects.create(title="Wijkcentrum", file=get_test_image_file())
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, slug="open-dag", title="Open dag", image=image, image_alt="Zaal")
    directory = DirectoryPageFactory(parent=home_page)
    service = ServiceFactory(name="Steunpunt Mantelzorg Weert")
    gone = ContentPageFactory(parent=home_page, slug="oud", title="Oude pagina")
    log(gone, "wagtail.publish")
    gone.delete()
    get_user_model().objects.create_user("lid@example.org", "lid@example.org", "geheim-wachtwoord1")
    return directory, service


def _render(client) -> dict[str, str]:
    pages = {}
    for url in URLS:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


def _fresh_database(media_root) -> None:
    """What a new server has after `migrate`: Wagtail's root page, "Welcome" page, default
    site, root collection and default locale (as its data migrations create them)."""
    empty_tables()
    Locale.objects.create(language_code="nl")
    Collection.add_root(name="Root")
    root = Page.add_root(title="Root", slug="root")
    welcome = root.add_child(instance=Page(title="Welcome to your new Wagtail site!", slug="home"))
    Site.objects.create(hostname="localhost", root_page=welcome, is_default_site=True)
    for path in sorted(media_root.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()


def test_round_trip_into_an_empty_database_renders_the_same_pages(
    client, content, tmp_path, media_root
):
    _directory, service = content
    pages = sorted(Page.objects.values_list("pk", "url_path", "live"))
    service_url = f"/sociale-kaart/{service.pk}/"
    before = _render(client)
    before[service_url] = client.get(service_url, follow=True).content.decode()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_site", str(archive), verbosity=0)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert {"manifest.json", "data.json"} <= set(names)
    assert any(n.startswith("media/original_images/") for n in names)

    _fresh_database(media_root)
    assert Page.objects.filter(title__startswith="Welcome").exists()
    assert not ContentPage.objects.exists()

    call_command("restore_site", str(archive), "--no-input", verbosity=0)

    after = _render(client)
    after[service_url] = client.get(service_url, follow=True).content.decode()
    assert after == before
    # The "Welcome" page and site of the fresh database are gone; page ids are kept.
    assert sorted(Page.objects.values_list("pk", "url_path", "live")) == pages
    assert Site.objects.get().hostname == "localhost"
    # The audit log of a deleted page survives.
    assert PageLogEntry.objects.filter(label="Oude pagina", action="wagtail.delete").exists()
    assert (
        get_user_model()
        .objects.get(username="lid@example.org")
        .check_password("geheim-wachtwoord1")
    )
    # Search works again (update_index ran).
    assert "Hulp bij uw vraag" in client.get("/zoeken/?q=hulp").content.decode()


def test_restore_refuses_a_backup_of_newer_code(client, content, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_site", str(archive), verbosity=0)
    import json

    newer = tmp_path / "newer.tar.gz"
    with tarfile.open(archive) as src, tarfile.open(newer, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()
            if member.name == "manifest.json":
                manifest = json.loads(data)
                manifest["migrations"].append(["home", "9999_future"])
                data = json.dumps(manifest).encode()
                member.size = len(data)
            import io

            dst.addfile(member, io.BytesIO(data))
    with pytest.raises(CommandError, match="newer version"):
        call_command("restore_site", str(newer), "--no-input", verbosity=0)
    assert ContentPage.objects.filter(slug="hulp").exists()  # nothing was touched
