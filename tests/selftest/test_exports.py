"""Exports: parse the CSV and XLSX back, read the PDF's text; each export is logged."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from selftest.models import Answer, AuditEvent, Question
from tests.factories.selftest import make_assessment

pytestmark = pytest.mark.django_db


@pytest.fixture
def filled(council, version, member):
    assessment = make_assessment(council, version, default="yes", submitted=True, user=member)
    answer = Answer.objects.get(assessment=assessment, question__code="BE-1")
    answer.value = "no"
    answer.explanation = '=HYPERLINK("http://kwaad") staat niet in het plan'
    answer.action = "Budget vragen in de begroting"
    answer.save()
    return assessment


def get(client, assessment, fmt):
    return client.get(reverse("selftest:export", args=[assessment.pk, fmt]))


def test_csv_has_one_row_per_question(client, site, member, filled):
    client.force_login(member)
    response = get(client, filled, "csv")
    assert response["Content-Disposition"].endswith('zelftest-GM0988-2025-wmo_council.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Thema", "Code", "Stelling", "Antwoord"]
    assert len(rows) - 1 == Question.objects.filter(theme__version=filled.version).count()
    be1 = next(r for r in rows if r[1] == "BE-1")
    assert be1[3] == "Nee" and be1[6] == "Budget vragen in de begroting"
    assert be1[4].startswith("'=")  # a formula is never run by a spreadsheet
    assert AuditEvent.objects.filter(action="exported", detail="csv").count() == 1


def test_xlsx_has_answers_and_summary(client, site, member, filled):
    client.force_login(member)
    book = load_workbook(io.BytesIO(get(client, filled, "xlsx").content))
    answers, summary = book.worksheets
    assert answers.max_row - 1 == 14
    codes = [row[1] for row in answers.iter_rows(min_row=2, values_only=True)]
    assert codes[:2] == ["BE-1", "BE-2"]
    beleidsplan = next(summary.iter_rows(min_row=2, max_row=2, values_only=True))
    assert beleidsplan[0] == "Beleidsplan" and beleidsplan[7] == 50


def test_pdf_has_the_report_text(client, site, member, filled):
    client.force_login(member)
    response = get(client, filled, "pdf")
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Rapport zelftest Wmo-raad Weert 2025" in text
    assert "Advies voor BE-1" in text
    assert "Budget vragen in de begroting" in text
    assert reader.trailer["/Root"].get("/MarkInfo", {}).get("/Marked")  # tagged PDF
