"""Lets the wegwijzer's forms post without a CSRF cookie, and nothing else.

Residents get no cookie before they start and only the session cookie after, so there is no
CSRF cookie to check. That is safe here because the session cookie is SameSite=Lax: a forged
cross-site post arrives without it, finds no answers, and changes nothing; the PDF form only
renders what its signed token says.
"""

from wagtail.models import Page

from home import routing


class GuideCsrfExemptMiddleware:
    """Placed before CsrfViewMiddleware; exempts posts that route to a GuidePage only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if request.method != "POST" or match is None or match.url_name != "wagtail_serve":
            return None
        from directory.wegwijzer.models import GuidePage

        path = view_kwargs.get("path", view_args[0] if view_args else "")
        # Kept on the request, so serving the page routes no second time.
        routing.prefill(request, path)
        route = Page.route_for_request(request, path)
        if route is not None and isinstance(route[0], GuidePage):
            request._dont_enforce_csrf_checks = True
        return None
