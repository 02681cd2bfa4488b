"""Every view and export, tried as anonymous, other council's member, member and editor."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

READ_VIEWS = [
    ("selftest:overview", {}),
    ("selftest:theme", {"key": "beleidsplan"}),
    ("selftest:report", {}),
    ("selftest:dialogue", {}),
    ("selftest:reopen", {}),
    ("selftest:export", {"fmt": "csv"}),
    ("selftest:export", {"fmt": "xlsx"}),
    ("selftest:export", {"fmt": "pdf"}),
]
WRITE_VIEWS = [
    ("selftest:theme", {"key": "beleidsplan"}),
    ("selftest:submit", {}),
    ("selftest:publish", {}),
    ("selftest:share", {}),
]


def url(name, pk, kwargs):
    return reverse(name, kwargs={"pk": pk, **kwargs})


@pytest.mark.parametrize(("name", "kwargs"), READ_VIEWS + WRITE_VIEWS)
def test_anonymous_is_sent_to_login(client, site, submitted, name, kwargs):
    target = url(name, submitted.pk, kwargs)
    response = client.get(target) if (name, kwargs) in READ_VIEWS else client.post(target)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("selftest:login"))


@pytest.mark.parametrize(("name", "kwargs"), READ_VIEWS + WRITE_VIEWS)
def test_other_council_gets_404(client, site, submitted, other_member, name, kwargs):
    client.force_login(other_member)
    target = url(name, submitted.pk, kwargs)
    response = client.get(target) if (name, kwargs) in READ_VIEWS else client.post(target)
    assert response.status_code == 404


@pytest.mark.parametrize(("name", "kwargs"), READ_VIEWS)
def test_member_can_read(client, site, submitted, member, name, kwargs):
    client.force_login(member)
    assert client.get(url(name, submitted.pk, kwargs)).status_code == 200


@pytest.mark.parametrize(("name", "kwargs"), READ_VIEWS)
def test_editor_with_permission_can_read(client, site, submitted, editor, name, kwargs):
    client.force_login(editor)
    assert client.get(url(name, submitted.pk, kwargs)).status_code == 200


@pytest.mark.parametrize(("name", "kwargs"), WRITE_VIEWS)
def test_editor_cannot_change_answers_or_publish(client, site, assessment, editor, name, kwargs):
    client.force_login(editor)
    assert client.post(url(name, assessment.pk, kwargs)).status_code == 403


def test_forged_id_is_404(client, site, member, assessment):
    client.force_login(member)
    assert client.get(url("selftest:overview", assessment.pk + 999, {})).status_code == 404
    assert (
        client.get(url("selftest:theme", assessment.pk, {"key": "bestaat-niet"})).status_code == 404
    )


def test_dashboard_lists_only_own_councils_assessments(
    client, site, member, assessment, other_council, version
):
    from tests.factories.selftest import make_assessment

    make_assessment(other_council, version)
    client.force_login(member)
    html = client.get(reverse("selftest:dashboard")).content.decode()
    assert "Wmo-raad Weert" in html
    assert "Wmo-raad Elders" not in html


def test_editor_sees_every_council_on_dashboard(
    client, site, editor, assessment, other_council, version
):
    from tests.factories.selftest import make_assessment

    make_assessment(other_council, version)
    client.force_login(editor)
    html = client.get(reverse("selftest:dashboard")).content.decode()
    assert "Wmo-raad Weert" in html and "Wmo-raad Elders" in html


def test_editor_can_reopen_with_reason(client, site, editor, submitted):
    client.force_login(editor)
    response = client.post(
        reverse("selftest:reopen", args=[submitted.pk]), {"reason": "De raad vroeg erom."}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert not submitted.is_submitted
