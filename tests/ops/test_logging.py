"""Request ids and JSON log lines: correlated, and without personal data."""

import json
import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from steunwijzer.ops.logging import JsonFormatter

ROOT = Path(__file__).resolve().parents[2]


def _request_lines(caplog) -> list[dict]:
    formatter = JsonFormatter()
    return [
        json.loads(formatter.format(r)) for r in caplog.records if r.name == "steunwijzer.request"
    ]


@pytest.mark.django_db
def test_every_response_carries_a_fresh_request_id(client):
    first = client.get("/robots.txt")["X-Request-ID"]
    second = client.get("/robots.txt")["X-Request-ID"]
    assert len(first) == 32 and first != second


@pytest.mark.django_db
def test_the_proxys_request_id_is_kept_and_a_malformed_one_replaced(client):
    assert client.get("/robots.txt", HTTP_X_REQUEST_ID="abc-123.XYZ_9")["X-Request-ID"] == (
        "abc-123.XYZ_9"
    )
    forged = client.get("/robots.txt", HTTP_X_REQUEST_ID="x\n{'level': 'ERROR'}")
    assert forged["X-Request-ID"] != "x\n{'level': 'ERROR'}"
    assert len(forged["X-Request-ID"]) == 32


@pytest.mark.django_db
def test_request_log_line_is_json_without_address_or_query(client, caplog, home_page):
    caplog.set_level(logging.INFO, logger="steunwijzer.request")
    response = client.get(
        "/zoeken/?q=schulden+Jan+Jansen&postcode=6001",
        REMOTE_ADDR="203.0.113.9",
        HTTP_X_FORWARDED_FOR="198.51.100.4",
    )
    [line] = _request_lines(caplog)
    assert line["request_id"] == response["X-Request-ID"]
    assert line["path"] == "/zoeken/"
    assert line["method"] == "GET" and line["status"] == 200
    assert line["level"] == "INFO" and isinstance(line["duration_ms"], float)
    text = json.dumps(line)
    for secret in ("203.0.113.9", "198.51.100.4", "Jansen", "6001", "q="):
        assert secret not in text


@pytest.mark.django_db
def test_invitation_tokens_are_masked_in_the_log(client, caplog, home_page):
    caplog.set_level(logging.INFO, logger="steunwijzer.request")
    client.get("/zelftest/uitnodiging/Zq8-secret-invitation-token/")
    [line] = _request_lines(caplog)
    assert "secret-invitation" not in json.dumps(line)
    assert line["path"] == "/zelftest/uitnodiging/…/"


def test_django_request_records_lose_the_request_object_and_query_strings(rf):
    request = rf.get("/x/?postcode=6001")
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        ("/x/?postcode=6001",),
        None,
    )
    record.request = request
    record.status_code = 404
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "Not Found: /x/"
    assert line["status_code"] == 404
    assert "request" not in line


def test_production_logs_are_json_lines():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "steunwijzer.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "steunwijzer.example.org",
    }
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('steunwijzer.request').info('GET %s 200', '/', extra={'status': 200})"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert line["message"] == "GET / 200" and line["status"] == 200 and line["request_id"] == "-"
