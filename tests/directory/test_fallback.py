"""Elasticsearch configured but down or silent: the database answers within 2 seconds."""

import logging
import socket
import threading
import time

import pytest

from directory.search.base import SearchQuery
from directory.search.registry import get_backend, reset_fallback

BUDGET_SECONDS = 2.0


def unused_port() -> int:
    """A loopback port nobody listens on: connecting to it is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def silent_server():
    """A server on 127.0.0.1 that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.1)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _addr = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join(timeout=2)
    for conn in held:
        conn.close()
    server.close()


@pytest.fixture
def elasticsearch_at(settings):
    """Point the directory at a URL, with the production timeout, and forget old failures."""

    def configure(url: str) -> None:
        settings.DIRECTORY_ELASTICSEARCH_URL = url
        reset_fallback()

    yield configure
    reset_fallback()


def timed_search(query: SearchQuery):
    start = time.monotonic()
    result = get_backend().search(query)
    return result, time.monotonic() - start


def assert_database_answered(result, names: set[str], sample_services) -> None:
    assert result.backend == "database"
    assert set(result.ids) == {sample_services[name].pk for name in names}


def test_connection_refused_falls_back_to_the_database(
    elasticsearch_at, sample_services, caplog, settings
):
    assert settings.DIRECTORY_SEARCH_TIMEOUT < BUDGET_SECONDS
    elasticsearch_at(f"http://127.0.0.1:{unused_port()}")
    with caplog.at_level(logging.WARNING, logger="directory.search.registry"):
        result, seconds = timed_search(SearchQuery(text="mantelzorg"))
    assert seconds < BUDGET_SECONDS
    assert_database_answered(result, {"mantelzorg", "sneek"}, sample_services)
    assert "fell back to the database" in caplog.text


def test_a_server_that_never_answers_falls_back_within_the_budget(
    elasticsearch_at, silent_server, sample_services, caplog
):
    elasticsearch_at(silent_server)
    with caplog.at_level(logging.WARNING, logger="directory.search.registry"):
        result, seconds = timed_search(SearchQuery(text="mantelzorg"))
    assert seconds < BUDGET_SECONDS
    assert_database_answered(result, {"mantelzorg", "sneek"}, sample_services)
    assert "fell back to the database" in caplog.text
    # The next searches skip the silent server instead of waiting for it again.
    result, seconds = timed_search(SearchQuery(text="schulden"))
    assert seconds < 0.5
    assert_database_answered(result, {"schulden"}, sample_services)


def test_the_resident_sees_normal_results_when_elasticsearch_is_down(
    client, directory_page, sample_services, elasticsearch_at, silent_server, caplog
):
    client.get("/sociale-kaart/")  # the first request of a site creates its settings
    elasticsearch_at(silent_server)
    start = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="directory.search.registry"):
        response = client.get("/sociale-kaart/", {"q": "mantelzorg"})
    assert time.monotonic() - start < BUDGET_SECONDS
    html = response.content.decode()
    assert response.status_code == 200
    assert "Steunpunt Mantelzorg Wéért" in html and "1 resultaat" in html
    assert "fell back to the database" in caplog.text
