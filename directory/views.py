"""Thin views behind the DirectoryPage routes: validate, call a selector or service, render."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from directory import selectors, services
from directory.filters import RADIUS_CHOICES, SORT_CHOICES, ServiceFilterSet
from directory.forms import ErrorReportForm
from directory.models import DirectoryPage, ServiceStatus


def search(request, *, page: DirectoryPage):
    """The search page: form, facets, results and map."""
    if request.method != "GET":
        return TemplateResponse(
            request, "directory/directory_page.html", {"page": page}, status=405
        )
    choices = selectors.filter_choices(page=page, request=request)
    criteria, notices = ServiceFilterSet(request.GET, choices=choices).criteria()
    data = selectors.directory_search(
        page=page,
        criteria=criteria,
        notices=notices,
        choices=choices,
        page_number=request.GET.get("pagina"),
        request=request,
    )
    return TemplateResponse(
        request,
        "directory/directory_page.html",
        {
            "page": page,
            "self": page,
            "search": data,
            "radius_choices": [(km, _("binnen %(km)s km") % {"km": km}) for km in RADIUS_CHOICES],
            "sort_choices": SORT_CHOICES,
            "map_tile_url": settings.DIRECTORY_MAP_TILE_URL,
            "map_attribution": settings.DIRECTORY_MAP_ATTRIBUTION,
        },
    )


def _facts_or_404(page: DirectoryPage, pk: int) -> selectors.DetailFacts:
    facts = selectors.detail_facts(page=page, pk=pk)
    if facts is None:
        raise Http404(_("Dit aanbod bestaat niet of is niet openbaar."))
    return facts


def detail(request, *, page: DirectoryPage, pk: int, slug: str):
    """One service; an old or missing slug redirects to the right address."""
    facts = _facts_or_404(page, pk)
    service = facts.service
    if slug != service.slug:
        return redirect(
            selectors.service_url(page=page, service=service, request=request), permanent=True
        )
    context = selectors.service_detail_context(facts=facts, request=request, page=page)
    if service.status == ServiceStatus.ENDED:
        # Gone on purpose: say so, and point to the search, instead of a bare 404.
        return TemplateResponse(request, "directory/service_ended.html", context, status=410)
    return TemplateResponse(request, "directory/service_detail.html", context)


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def report_error(request, *, page: DirectoryPage, pk: int):
    """The public form to report wrong information; rate-limited per address."""
    service = _facts_or_404(page, pk).service
    context = {
        "page": page,
        "service": service,
        "service_url": selectors.service_url(page=page, service=service, request=request),
    }
    if services.error_report_rate_limited(client_ip=_client_ip(request)):
        context["rate_limited"] = True
        return TemplateResponse(request, "directory/report_error.html", context, status=429)
    form = ErrorReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_spam():
            services.error_report_create(
                service=service,
                message=form.cleaned_data["message"],
                email=form.cleaned_data["email"],
                client_ip=_client_ip(request),
            )
        # A robot gets the same answer as a person, so it learns nothing from the honeypot.
        context["sent"] = True
        return TemplateResponse(request, "directory/report_error.html", context)
    context["form"] = form
    status = 400 if form.is_bound and form.errors else 200
    return TemplateResponse(request, "directory/report_error.html", context, status=status)
