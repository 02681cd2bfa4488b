"""Login on the public site: audit log, lockout, session expiry, logout."""

import pytest
from django.urls import reverse

from selftest.middleware import LOGIN_AT, SEEN_AT
from selftest.models import AuditEvent
from tests.factories.selftest import PASSWORD

pytestmark = pytest.mark.django_db


def login(client, username, password):
    return client.post(reverse("selftest:login"), {"username": username, "password": password})


def test_login_and_logout_are_logged(client, site, member):
    response = login(client, member.username, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("selftest:dashboard")
    assert AuditEvent.objects.filter(action="login", user=member).exists()
    response = client.post(reverse("selftest:logout"))
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="logout", user=member).exists()
    assert client.get(reverse("selftest:dashboard")).status_code == 302


def test_failed_login_is_logged_with_a_plain_message(client, site, member):
    response = login(client, member.username, "verkeerd-wachtwoord")
    assert response.status_code == 200
    assert "passen niet bij elkaar" in response.content.decode()
    assert AuditEvent.objects.filter(action="login_failed", username=member.username).exists()


def test_lockout_after_five_failures_even_with_the_right_password(client, site, member):
    for _ in range(5):
        login(client, member.username, "verkeerd-wachtwoord")
    response = login(client, member.username, PASSWORD)
    assert response.status_code == 429
    assert "Even wachten" in response.content.decode()
    assert client.get(reverse("selftest:dashboard")).status_code == 302


def test_logout_needs_post(client, site, member):
    client.force_login(member)
    assert client.get(reverse("selftest:logout")).status_code == 405


@pytest.mark.parametrize(("key", "age"), [(SEEN_AT, 1801), (LOGIN_AT, 28801)])
def test_idle_and_absolute_session_expiry(client, site, member, key, age):
    import time

    client.force_login(member)
    client.get(reverse("selftest:dashboard"))
    session = client.session
    session[key] = int(time.time()) - age
    session.save()
    response = client.get(reverse("selftest:dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("selftest:login"))
    assert client.get(reverse("selftest:dashboard")).status_code == 302  # really logged out


def test_active_session_stays(client, site, member):
    client.force_login(member)
    assert client.get(reverse("selftest:dashboard")).status_code == 200
    assert client.get(reverse("selftest:dashboard")).status_code == 200
