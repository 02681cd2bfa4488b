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


def test_the_services_listing_offers_bulk_mark_as_verified(editor_client, sample_services):
    html = editor_client.get("/admin/snippets/directory/service/").content.decode()
    assert "/admin/bulk/directory/service/mark_verified/" in html
    other = editor_client.get("/admin/snippets/directory/organisation/").content.decode()
    assert "mark_verified" not in other


def test_bulk_mark_as_verified_records_today_for_the_chosen_services(
    editor_client, sample_services
):
    chosen = [sample_services["schulden"], sample_services["mantelzorg"]]
    left = sample_services["sneek"]
    query = "&".join(f"id={s.pk}" for s in chosen)
    url = f"/admin/bulk/directory/service/mark_verified/?{query}"
    next_url = "/admin/snippets/directory/service/"
    confirm = editor_client.get(f"{url}&next={next_url}")
    html = confirm.content.decode()
    assert confirm.status_code == 200
    assert "Hulp bij schulden" in html and "Steunpunt Mantelzorg Wéért" in html
    assert "Mantelzorg Sneek" not in html

    response = editor_client.post(f"{url}&next={next_url}")
    assert response.status_code == 302 and response["Location"] == next_url
    for service in chosen:
        service.refresh_from_db()
        assert service.last_verified_on == timezone.localdate()
        assert service.last_verified_by.username == "redactie"
    left.refresh_from_db()
    assert left.last_verified_on is None
    listing = editor_client.get(next_url).content.decode()
    assert "Gemarkeerd als gecontroleerd: 2 aanbod." in listing


def test_bulk_mark_as_verified_needs_the_change_permission(client, sample_services):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("lezer", "l@example.org", "x" * 12)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    service = sample_services["schulden"]
    client.post(f"/admin/bulk/directory/service/mark_verified/?id={service.pk}")
    service.refresh_from_db()
    assert service.last_verified_on is None
