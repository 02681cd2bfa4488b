"""The editors' import page: labels, error summary, report, limits and permissions."""

import json

import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from directory.hsds import export, selectors
from directory.models import Location, Organisation, Service

URL = "/admin/open-data/importeren/"


def _file(services, name="services.json") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, json.dumps(services).encode(), "application/json")


def _services():
    return list(export.iter_services(selectors.export_context()))


def _empty():
    Service.objects.all().delete()
    Location.objects.all().delete()
    Organisation.objects.all().delete()


def test_form_is_accessible(admin_client, social_map):
    response = admin_client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label class="w-field__label" for="id_file">Bestand</label>' in html
    assert 'aria-describedby="id_file_helptext"' in html
    assert '<label for="id_dry_run">' in html and "checked" in html
    assert "Open data importeren" in html  # the menu item


def test_dry_run_shows_what_would_change_and_saves_nothing(admin_client, social_map):
    services = _services()
    _empty()
    response = admin_client.post(URL, {"file": _file(services), "dry_run": "on"})
    html = response.content.decode()
    assert "is gecontroleerd. Er is nog niets opgeslagen." in html
    assert "Wat er zou veranderen" in html
    assert "Vergeleken met wat er al is" in html
    assert Service.objects.count() == 0


def test_import_as_drafts_then_publish(admin_client, social_map):
    services = _services()
    _empty()
    response = admin_client.post(URL, {"file": _file(services)})
    assert "is geïmporteerd" in response.content.decode()
    assert "als concept klaar" in response.content.decode()
    assert Service.objects.count() == 3 and not Service.objects.filter(live=True).exists()
    admin_client.post(URL, {"file": _file(services), "publish": "on"})
    assert Service.objects.filter(live=True).count() == 3


def test_errors_are_listed_with_file_row_and_field(admin_client, social_map):
    services = _services()
    services[1]["status"] = "open"
    response = admin_client.post(URL, {"file": _file(services)})
    html = response.content.decode()
    assert "1 fout gevonden. Er is niets opgeslagen." in html
    assert "<td>services.json</td><td>2</td><td>status</td>" in html
    assert "Deze waarde kennen we niet" in html


def test_no_file_gives_an_error_summary(admin_client, social_map):
    response = admin_client.post(URL, {})
    html = response.content.decode()
    assert 'role="alert"' in html and 'href="#id_file"' in html
    assert 'aria-invalid="true"' in html


@override_settings(HSDS_IMPORT_MAX_BYTES=2000)
def test_a_too_large_upload_is_stopped(admin_client, social_map):
    big = SimpleUploadedFile("big.json", b"[" + b" " * 5000 + b"]", "application/json")
    response = admin_client.post(URL, {"file": big})
    assert response.status_code == 400
    assert "Dat is te groot" in response.content.decode()
    assert 'role="alert"' in response.content.decode()


@override_settings(HSDS_IMPORT_MAX_BYTES=2000)
def test_a_200_mb_request_is_refused_before_reading_it(admin_client, social_map):
    response = admin_client.post(
        URL, data=b"", content_type="multipart/form-data; boundary=x", CONTENT_LENGTH=200 * 2**20
    )
    assert response.status_code == 400
    assert "200,0 MB" in response.content.decode()


@pytest.mark.django_db
def test_editors_without_rights_cannot_import(client, social_map):
    user = User.objects.create_user("lezer", password="een-lang-wachtwoord")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(URL).status_code in (302, 403)
    assert client.post(URL, {"file": _file(_services())}).status_code in (302, 403)
    assert Service.objects.count() == 5


def test_the_upload_still_needs_a_csrf_token(social_map, admin_user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    response = client.post(URL, {"file": _file(_services())})
    assert response.status_code == 403
    token = client.get(URL).cookies["csrftoken"].value
    response = client.post(
        URL, {"file": _file(_services()), "dry_run": "on", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 200
