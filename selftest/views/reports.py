"""The report of an assessment, the dialogue view and the public summaries."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Site

from selftest import access, report, selectors
from selftest.chart import Bar, bar_chart_svg
from selftest.labels import LIGHT_LABELS
from selftest.reading import reading_per_theme
from selftest.views.assessments import member_required


def report_context(assessment, data, *, benchmark=None, earlier=None) -> dict:
    """What the report page and the PDF show."""
    marker = {}
    if benchmark is not None:
        marker = {k: None if v is None else round(v * 100) for k, v in benchmark.averages.items()}
    chart = bar_chart_svg(
        bars=[
            Bar(b.theme.title, b.score.percent, b.score.light, marker.get(b.key))
            for b in data.themes
        ],
        title=_("Score per thema"),
        description=_(
            "Staafdiagram met de score per thema van 0 tot 100 procent. "
            "De stippellijnen staan op 50 en 75 procent. De tabel eronder geeft "
            "dezelfde cijfers."
        ),
        empty_text=_("geen oordeel"),
    )
    return {
        "assessment": assessment,
        "data": data,
        "summary": data.summary,
        "light_labels": LIGHT_LABELS,
        "chart": chart,
        "benchmark": benchmark,
        "benchmark_rows": [(b, marker.get(b.key)) for b in data.themes] if benchmark else [],
        "earlier": earlier or [],
    }


def _earlier(assessment, versions):
    earlier = selectors.assessment_earlier_years(assessment=assessment)
    summaries = selectors.assessment_summaries(assessments=earlier, versions=versions)
    return [(a, summaries[a.pk]) for a in earlier]


@member_required
def report_view(request, pk: int):
    """Per theme counts, score, light, points for improvement; chart and table; history."""
    assessment = access.visible_assessment(request, pk)
    versions = {}  # earlier years mostly used the same questionnaire: read each version once
    data = selectors.assessment_data(assessment=assessment, versions=versions)
    context = report_context(
        assessment,
        data,
        benchmark=selectors.benchmark_per_theme(),
        earlier=_earlier(assessment, versions),
    )
    context["can_edit"] = access.can_edit(request, assessment)
    site = Site.find_for_request(request)
    context["reading"] = reading_per_theme(data=data, root=site.root_page if site else None)
    return render(request, "selftest/report.html", context)


@member_required
def dialogue(request, pk: int):
    """Both parties' answers for the same municipality and year, differences marked."""
    assessment = access.visible_assessment(request, pk)
    other = selectors.assessment_counterpart(assessment=assessment, user=request.user)
    context = {"assessment": assessment, "other": other}
    if other is not None:
        ours = selectors.assessment_data(assessment=assessment)
        theirs = selectors.assessment_data(assessment=other)
        themes = report.dialogue_rows(ours, theirs)
        context.update(
            {
                "themes": themes,
                "differences": sum(1 for _b, rows in themes for r in rows if r.differs),
                "their_summary": theirs.summary,
                "our_summary": ours.summary,
            }
        )
    return render(request, "selftest/dialogue.html", context)


def published_list(request):
    """Summaries councils chose to publish."""
    return render(
        request, "selftest/public/list.html", {"assessments": selectors.assessment_list_published()}
    )


def published_detail(request, pk: int):
    """One published summary: scores per theme, no answers or names of members."""
    assessment = selectors.assessment_get_published(pk=pk)
    data = selectors.assessment_data(assessment=assessment)
    return render(request, "selftest/public/detail.html", report_context(assessment, data))
