"""GET /health/: what a load balancer sees when everything works and when parts fail."""

import json
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import override_settings

from directory.search.elastic import client as es_client

pytestmark = pytest.mark.django_db


def test_healthy_site_answers_200_with_every_check(client):
    response = client.get("/health/", REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {k: v["status"] for k, v in body["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
        "search": "ok",
    }
    assert body["checks"]["search"]["backend"] == "database"
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert "203.0.113.7" not in response.content.decode()


def test_unreachable_database_answers_503(client):
    refused = OperationalError("connection to server at 10.0.0.5 failed: Connection refused")
    with mock.patch.object(connection, "cursor", side_effect=refused):
        response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "fail"
    assert body["checks"]["database"] == {
        "status": "fail",
        "error": "OperationalError",
        "ms": body["checks"]["database"]["ms"],
    }
    # Only the exception's class: its message names hosts and may name credentials.
    assert "10.0.0.5" not in response.content.decode()


def test_broken_cache_is_degraded_but_keeps_the_server_in_the_pool(client, broken_cache):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"]["status"] == "degraded"
    assert body["checks"]["database"]["status"] == "ok"


def test_elasticsearch_down_is_degraded(client):
    es_client.cache_clear()
    # Port 9 on loopback: nothing listens, the connection is refused at once.
    with override_settings(DIRECTORY_ELASTICSEARCH_URL="http://127.0.0.1:9"):
        response = client.get("/health/")
    es_client.cache_clear()
    assert response.status_code == 200
    search = response.json()["checks"]["search"]
    assert search["status"] == "degraded"
    assert search["ms"] < 2500


def test_health_is_reachable_over_plain_http_when_https_is_enforced(client):
    with override_settings(SECURE_SSL_REDIRECT=True):
        assert client.get("/health/").status_code == 200
        assert client.get("/robots.txt").status_code == 301


def test_only_get(client):
    assert client.post("/health/").status_code == 405


def test_answer_is_json_with_the_request_id(client):
    response = client.get("/health/", HTTP_X_REQUEST_ID="lb-probe-0001")
    assert response["X-Request-ID"] == "lb-probe-0001"
    assert json.loads(response.content)["status"] == "ok"
