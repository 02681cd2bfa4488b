"""Exports of one assessment; the same access check as every other view, and logged."""

from django.http import HttpResponse

from selftest import access, exports, selectors, services
from selftest.models import AuditAction
from selftest.views.assessments import member_required
from selftest.views.reports import report_context

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


@member_required
def export(request, pk: int, fmt: str):
    assessment = access.visible_assessment(request, pk)
    data = selectors.assessment_data(assessment=assessment)
    if fmt == "csv":
        body = exports.to_csv(data)
    elif fmt == "xlsx":
        body = exports.to_xlsx(data)
    else:
        context = report_context(assessment, data, benchmark=selectors.benchmark_per_theme())
        body = exports.to_pdf(context, base_url=request.build_absolute_uri("/"))
    services.audit_log(
        action=AuditAction.EXPORTED, user=request.user, assessment=assessment, detail=fmt
    )
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{exports.filename(data, fmt)}"'
    return response
