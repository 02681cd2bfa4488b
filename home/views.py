"""Views of the content site that are not Wagtail pages."""

from datetime import timedelta

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail import views as wagtail_views

from home import routing, selectors
from home.pagination import paginate


@require_GET
def search(request):
    """Site search over the pages of the current site and language."""
    raw_query = request.GET.get("q", "")
    query = raw_query.strip()
    message = ""
    results = None
    if len(query) > selectors.MAX_QUERY_LENGTH:
        message = _("Uw zoekvraag is lang. We zochten op de eerste %(count)d tekens.") % {
            "count": selectors.MAX_QUERY_LENGTH
        }
        query = query[: selectors.MAX_QUERY_LENGTH]
    if query:
        found = selectors.pages_search(root=selectors.site_root_for_request(request), query=query)
        results = paginate(
            found, page_number=request.GET.get("pagina"), per_page=settings.PAGE_SIZE
        )
    return render(
        request,
        "pages/search.html",
        {"query": query, "results": results, "message": message},
    )


@require_GET
def robots_txt(request):
    """Allow everything public; keep crawlers out of the admin and point them at the sitemap."""
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


@require_GET
def security_txt(request):
    """RFC 9116 contact details for reporting vulnerabilities."""
    expires = (timezone.now() + timedelta(days=365)).replace(microsecond=0)
    return render(
        request,
        "security.txt",
        {"contact": settings.SECURITY_CONTACT, "expires": expires.isoformat()},
        content_type="text/plain; charset=utf-8",
    )


def serve(request, path):
    """Wagtail's page view, with the page found through the cache (home/routing.py)."""
    routing.prefill(request, path)
    return wagtail_views.serve(request, path)
