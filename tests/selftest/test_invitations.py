"""Invitations: e-mailed link, account creation, expiry, single use, bad links."""

import re

import pytest
from django.core import mail, signing
from django.urls import reverse

from selftest import services
from selftest.models import AuditEvent, Invitation, Membership

pytestmark = pytest.mark.django_db


def invite(council, email="nieuw@example.org"):
    return services.invitation_create(
        council=council,
        email=email,
        created_by=None,
        build_url=lambda token: "http://testserver" + reverse("selftest:invitation", args=[token]),
    )


def link_from_mail() -> str:
    return re.search(r"http://testserver(\S+)", mail.outbox[-1].body).group(1)


def test_invitation_mails_a_link_that_creates_an_account(client, site, council):
    invite(council, "Nieuw@Example.org")
    assert mail.outbox[-1].to == ["nieuw@example.org"]
    link = link_from_mail()
    assert client.get(link).status_code == 200
    response = client.post(
        link,
        {
            "first_name": "Noor",
            "password1": "lange-zin-met-koffie-7",
            "password2": "lange-zin-met-koffie-7",
        },
    )
    assert response.status_code == 302
    membership = Membership.objects.get(council=council)
    assert membership.user.username == "nieuw@example.org"
    assert AuditEvent.objects.filter(action="invitation_accepted").exists()
    # logged in straight away
    assert client.get(reverse("selftest:dashboard")).status_code == 200


def test_reused_invitation_is_refused(client, site, council):
    invite(council)
    link = link_from_mail()
    client.post(
        link,
        {
            "first_name": "Noor",
            "password1": "lange-zin-met-koffie-7",
            "password2": "lange-zin-met-koffie-7",
        },
    )
    client.logout()
    response = client.get(link)
    assert response.status_code == 410
    assert "al gebruikt" in response.content.decode()


def test_expired_invitation_is_refused(client, site, council, monkeypatch):
    invitation = Invitation.objects.create(council=council, email="oud@example.org")
    monkeypatch.setattr(signing.time, "time", lambda: 1_000_000_000.0)  # signed long ago
    token = services.invitation_token(invitation=invitation)
    monkeypatch.undo()
    response = client.get(reverse("selftest:invitation", args=[token]))
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()


@pytest.mark.parametrize("token", ["abc", "eyJpIjoxfQ:1vQ:forged", "x" * 300])
def test_forged_invitation_link_is_refused(client, site, council, token):
    response = client.get(reverse("selftest:invitation", args=[token]))
    assert response.status_code == 410
    assert "Deze link klopt niet" in response.content.decode()


@pytest.mark.parametrize(
    ("password", "message"),
    [("kort-1", "te kort"), ("password1234", "te algemeen"), ("123456789012345", "alleen cijfers")],
)
def test_weak_passwords_are_refused(client, site, council, password, message):
    invite(council)
    response = client.post(
        link_from_mail(), {"first_name": "Noor", "password1": password, "password2": password}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Membership.objects.exists()


def test_logged_in_user_joins_with_one_click(client, site, council, other_member):
    invite(council, other_member.email)
    client.force_login(other_member)
    link = link_from_mail()
    assert "Ja, lid worden" in client.get(link).content.decode()
    assert client.post(link).status_code == 302
    assert Membership.objects.filter(council=council, user=other_member).exists()
