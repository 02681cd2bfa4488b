"""Fixtures of the social map: reference data, a DirectoryPage, a few services."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from directory.models import Municipality
from directory.reference_data import reference_data_load
from directory.search.documents import index_name
from directory.search.registry import reset_fallback
from tests.factories.directory import (
    DirectoryPageFactory,
    LocationFactory,
    ServiceFactory,
    line,
)


@pytest.fixture
def reference_data(db):
    """Municipalities, postcodes and the standard taxonomies."""
    reference_data_load()


@pytest.fixture
def directory_page(home_page, reference_data):
    """A published DirectoryPage for Weert and Nederweert below the test site's home page."""
    page = DirectoryPageFactory(parent=home_page)
    page.municipalities.set(Municipality.objects.filter(code__in=["GM0988", "GM0946"]))
    page.save_revision().publish()
    return page


@pytest.fixture
def weert_location(reference_data):
    return LocationFactory(
        name="Wijkcentrum Weert",
        postcode="6001 AB",
        city="Weert",
        latitude=51.2512,
        longitude=5.7059,
    )


@pytest.fixture
def sample_services(reference_data, weert_location):
    """A small map: informal help, client support, a tailored provision, and one far away."""
    sneek = LocationFactory(
        name="Kantoor Sneek",
        postcode="8601 AA",
        city="Sneek",
        municipality=Municipality.objects.get(code="GM1900"),
        latitude=53.0326,
        longitude=5.6589,
    )
    return {
        "mantelzorg": ServiceFactory(
            name="Steunpunt Mantelzorg Wéért",
            short_description="Advies voor mantelzorgers.",
            support_line=line("informeel"),
            is_free=True,
            offers_home_visit=True,
            setup={
                "domains": ["mantelzorg"],
                "groups": ["mantelzorgers"],
                "locations": [weert_location],
                "languages": ["nl", "li"],
            },
        ),
        "client_support": ServiceFactory(
            name="Onafhankelijke cliëntondersteuning",
            short_description="Naast u bij het gesprek.",
            setup={
                "domains": ["zorg-en-gezondheid", "wonen"],
                "groups": ["iedereen"],
                "municipalities": ["GM0988", "GM0946"],
                "locations": [weert_location],
                "languages": ["nl"],
            },
        ),
        "schulden": ServiceFactory(
            name="Hulp bij schulden",
            short_description="Samen uw geldzaken op orde.",
            support_line=line("kortdurend"),
            referral_required=True,
            is_free=False,
            cost_description="Eigen bijdrage",
            setup={
                "domains": ["geldzaken-en-schulden"],
                "groups": ["iedereen"],
                "municipalities": ["GM0946"],
            },
        ),
        "sneek": ServiceFactory(
            name="Mantelzorg Sneek",
            short_description="Advies voor mantelzorgers in Sneek.",
            support_line=line("informeel"),
            setup={
                "domains": ["mantelzorg"],
                "groups": ["mantelzorgers"],
                "municipalities": ["GM1900"],
                "locations": [sneek],
            },
        ),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return True
        except OSError:
            time.sleep(0.1)
    return False


@pytest.fixture(scope="session")
def elasticsearch_url(tmp_path_factory):
    """ELASTICSEARCH_URL when set; else the noida-db emulator on a free loopback port."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if url:
        yield url
        return
    binary = shutil.which("noida-db") or str(Path(sys.executable).parent / "noida-db")
    if not Path(binary).exists():
        pytest.skip("no ELASTICSEARCH_URL and the noida-db emulator is not installed")
    port = _free_port()
    data_dir = tmp_path_factory.mktemp("noida")
    process = subprocess.Popen(
        [
            binary,
            "start",
            "--only",
            "elasticsearch",
            "--elasticsearch-port",
            str(port),
            "--data-dir",
            str(data_dir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        # The console script starts the emulator as a child process: give both their own
        # process group, so stopping the group leaves no emulator running after the tests.
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        if not _wait_for(url, 15):
            pytest.skip("the noida-db emulator did not start within 15 s")
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


@pytest.fixture
def use_elasticsearch(elasticsearch_url, settings):
    """Switch the directory to Elasticsearch with a fresh index for this test."""
    settings.DIRECTORY_ELASTICSEARCH_URL = elasticsearch_url
    settings.DIRECTORY_ELASTICSEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:8]}-"
    settings.DIRECTORY_ELASTICSEARCH_REFRESH = True
    reset_fallback()
    from directory.search.registry import get_backend

    backend = get_backend()
    yield backend
    backend.primary.es.options(ignore_status=404).indices.delete(index=index_name())
    reset_fallback()
