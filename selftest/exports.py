"""CSV, XLSX and PDF of an assessment, built from the same rows as the report."""

import csv
import io

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from selftest.labels import LIGHT_SHORT, answer_label
from selftest.report import AssessmentData

# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def headers() -> list[str]:
    return [
        _("Thema"),
        _("Code"),
        _("Stelling"),
        _("Antwoord"),
        _("Toelichting of bewijs"),
        _("Link naar bewijs"),
        _("Afgesproken actie"),
        _("Wettelijke basis"),
        _("Gewicht"),
        _("Laatst gewijzigd door"),
        _("Laatst gewijzigd op"),
    ]


def rows(data: AssessmentData) -> list[list[object]]:
    """One row per question, in theme order."""
    result = []
    for block in data.themes:
        for row in block.rows:
            answer = row.answer
            changed_at = ""
            if answer is not None and answer.updated_at:
                changed_at = timezone.localtime(answer.updated_at).strftime("%Y-%m-%d %H:%M")
            result.append(
                [
                    block.theme.title,
                    row.question.code,
                    row.question.statement,
                    answer_label(answer.value if answer else ""),
                    answer.explanation if answer else "",
                    answer.evidence_url if answer else "",
                    answer.action if answer else "",
                    row.question.legal_reference,
                    row.question.weight,
                    (answer.updated_by.get_full_name() or answer.updated_by.get_username())
                    if answer is not None and answer.updated_by
                    else "",
                    changed_at,
                ]
            )
    return result


def filename(data: AssessmentData, extension: str) -> str:
    a = data.assessment
    return f"zelftest-{a.municipality_code}-{a.year}-{a.role}.{extension}"


def to_csv(data: AssessmentData) -> bytes:
    """UTF-8 with a byte order mark, so spreadsheet programs show ë and ï correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(headers())
    for row in rows(data):
        writer.writerow([_safe(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(data: AssessmentData) -> bytes:
    """A workbook with the answers and a summary per theme."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _("Antwoorden")[:31]
    sheet.append(headers())
    for row in rows(data):
        sheet.append([_safe(v) for v in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    summary = book.create_sheet(_("Samenvatting")[:31])
    summary.append(
        [
            _("Thema"),
            _("Ja"),
            _("Gedeeltelijk"),
            _("Nee"),
            _("Weet ik niet"),
            _("Niet van toepassing"),
            _("Geen antwoord"),
            _("Score (%)"),
            _("Kleur"),
        ]
    )
    for block in data.themes:
        s = block.score
        summary.append(
            [
                block.theme.title,
                *[n for _v, n in s.counts],
                s.unanswered,
                s.percent,
                str(LIGHT_SHORT[s.light]),
            ]
        )
    summary.append(
        [
            _("Totaal"),
            "",
            "",
            "",
            "",
            "",
            "",
            data.summary.percent,
            str(LIGHT_SHORT[data.summary.light]),
        ]
    )
    for cell in summary[1]:
        cell.font = Font(bold=True)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_pdf(context: dict, *, base_url: str) -> bytes:
    """A tagged PDF (PDF/UA-1) of the report, made with WeasyPrint."""
    from weasyprint import HTML

    html = render_to_string("selftest/pdf/report.html", context)
    return HTML(string=html, base_url=base_url).write_pdf(pdf_variant="pdf/ua-1")
