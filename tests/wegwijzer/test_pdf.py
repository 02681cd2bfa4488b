"""The PDF "Voorbereiding op het gesprek": a real PDF whose text is what the resident needs."""

import io

import pytest
from pypdf import PdfReader

from tests.wegwijzer.conftest import BASE, walk_route

pytestmark = pytest.mark.django_db


def _token(client) -> str:
    html = client.get(BASE + "uitslag/").content.decode()
    start = html.index('name="uitslag" value="') + 22
    return html[start : html.index('"', start)]


def test_the_pdf_has_answers_providers_rights_checklist_and_own_words(
    client, guide_page, social_map
):
    walk_route(client)
    response = client.post(
        BASE + "uitslag/pdf/",
        {"uitslag": _token(client), "eigen_woorden": "Ik wil graag hulp bij het douchen."},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    text = " ".join(text.split())
    for expected in [
        "Voorbereiding op het gesprek",
        "Ik wil graag hulp bij het douchen.",
        "Voor wie zoekt u hulp?",  # an answered question
        "65 jaar of ouder",  # its answer
        "Hulp bij bezwaar en klacht",  # a provider
        "0495-001234",  # its phone number
        "Cliëntondersteuning is gratis",  # rights
        "Vraag iemand om mee te gaan",  # checklist
        "0800-2000",
    ]:
        assert expected in text, expected


def test_the_pdf_without_own_words_leaves_the_section_out(client, guide_page, social_map):
    walk_route(client)
    response = client.post(BASE + "uitslag/pdf/", {"uitslag": _token(client)})
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "eigen woorden" not in text


@pytest.mark.parametrize("token", ["", "vervalst", "a:b:c"])
def test_a_forged_pdf_request_is_friendly(client, guide_page, token):
    response = client.post(BASE + "uitslag/pdf/", {"uitslag": token})
    assert response.status_code == 302
    assert "melding=link" in response["Location"]


def test_the_pdf_address_only_answers_a_post(client, guide_page):
    assert client.get(BASE + "uitslag/pdf/")["Location"] == BASE + "uitslag/"
