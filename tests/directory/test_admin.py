"""What an editor uses: the listings, filters, export, verify and the dashboard panel."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from directory.models import ErrorReport


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("redactie", "r@example.org", "x" * 12)
    client.force_login(user)
    return client


def test_service_listing_filters_on_stale_entries(editor_client, sample_services):
    fresh = sample_services["mantelzorg"]
    fresh.last_verified_on = timezone.localdate()
    fresh.save()
    html = editor_client.get("/admin/snippets/directory/service/?stale=true").content.decode()
    assert "Hulp bij schulden" in html
    assert "Steunpunt Mantelzorg Wéért" not in html


def test_service_export_as_csv(editor_client, sample_services):
    response = editor_client.get("/admin/snippets/directory/service/?export=csv")
    assert response.status_code == 200
    assert "Hulp bij schulden" in b"".join(response.streaming_content).decode()


def test_mark_as_verified_records_today_and_the_editor(editor_client, sample_services):
    service = sample_services["schulden"]
    url = f"/admin/snippets/directory/service/verify/{service.pk}/"
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url)
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.last_verified_on == timezone.localdate()
    assert service.last_verified_by.username == "redactie"


def test_dashboard_lists_stale_entries_and_open_reports(editor_client, sample_services):
    service = sample_services["client_support"]
    service.last_verified_on = timezone.localdate() - dt.timedelta(days=400)
    service.save()
    ErrorReport.objects.create(service=service, message="Het adres is verhuisd.")
    html = editor_client.get("/admin/").content.decode()
    assert "Sociale kaart: dit vraagt aandacht" in html
    assert "1 open foutmelding" in html
    assert "Het adres is verhuisd." in html


def test_closing_a_report_records_who_and_when(editor_client, sample_services):
    report = ErrorReport.objects.create(
        service=sample_services["mantelzorg"], message="Het telefoonnummer klopt niet."
    )
    response = editor_client.post(
        f"/admin/snippets/directory/errorreport/edit/{report.pk}/",
        {"status": "closed", "editor_note": "Aangepast."},
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "closed" and report.closed_at and report.closed_by
