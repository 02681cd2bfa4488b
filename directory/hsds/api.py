"""The read-only HSDS 3.0 API: plain Django views returning JSON, open to every origin."""

import json
import math
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from directory.hsds import openapi, queries, ratelimit, selectors
from directory.hsds.mapping import HSDS_VERSION, taxonomy_to_hsds, term_to_hsds
from directory.hsds.queries import BadParameter
from directory.hsds.taxonomy import taxonomy_id_of
from directory.hsds.validation import SCHEMA_DIR

SPEC_URL = "https://docs.openreferral.org/en/latest/hsds/"
DEFAULT_PER_PAGE = 25


class NotFound(Exception):
    """No published, active object with this id."""


def _json(data, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})


def _error(status: int, message: str) -> JsonResponse:
    return _json({"error": status, "message": message}, status=status)


def _cors(response: HttpResponse) -> HttpResponse:
    # Open data: any site may read it from a browser; nothing here uses cookies.
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
    response["Access-Control-Max-Age"] = "86400"
    response["Access-Control-Expose-Headers"] = (
        "Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining"
    )
    return response


def client_address(request: HttpRequest) -> str:
    """The address the rate limit counts (REMOTE_ADDR; a proxy must set it right)."""
    return request.META.get("REMOTE_ADDR", "")


def endpoint(view: Callable) -> Callable:
    """GET only, rate-limited per client, CORS open, errors as JSON (never a 500 for input)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # Outside the language prefixes Django always speaks Dutch; an API client says what
        # it reads in Accept-Language.
        with translation.override(translation.get_language_from_request(request)):
            return _cors(_answer(view, request, *args, **kwargs))

    return csrf_exempt(wrapper)


def _answer(view: Callable, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """The view's response, or the JSON error that replaces it."""
    if request.method == "OPTIONS":
        return HttpResponse(status=204)
    if request.method not in ("GET", "HEAD"):
        response = _error(405, _("Deze API is alleen om te lezen (GET)."))
        response["Allow"] = "GET, HEAD, OPTIONS"
        return response
    allowance = ratelimit.hit(client_address(request))
    if not allowance.allowed:
        response = _error(429, _("Te veel verzoeken. Probeer het later opnieuw."))
        response["Retry-After"] = str(allowance.window)
    else:
        try:
            response = view(request, *args, **kwargs)
        except BadParameter as exc:
            response = _error(400, str(exc))
        except NotFound:
            response = _error(404, _("Dit bestaat niet of is niet openbaar."))
    response["X-RateLimit-Limit"] = str(allowance.limit)
    response["X-RateLimit-Remaining"] = str(allowance.remaining)
    return response


def api_url(request: HttpRequest) -> str:
    """The absolute address of /api/hsds/, with a slash."""
    return request.build_absolute_uri(reverse("hsds_api_root"))


def _ctx(request: HttpRequest):
    return selectors.export_context(api_url=api_url(request))


def _number(request: HttpRequest, name: str, default: int, highest: int) -> int:
    raw = request.GET.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= highest:
        raise BadParameter(
            _("%(name)s is een heel getal van 1 tot en met %(max)d.")
            % {"name": name, "max": highest}
        )
    return int(raw)


def _flag(request: HttpRequest, name: str) -> bool:
    raw = request.GET.get(name, "").strip().lower()
    if raw in ("", "false", "0"):
        return False
    if raw in ("true", "1"):
        return True
    raise BadParameter(_("%(name)s is true of false.") % {"name": name})


def _paging(request: HttpRequest) -> tuple[int, int]:
    per_page = _number(request, "per_page", DEFAULT_PER_PAGE, settings.HSDS_API_MAX_PER_PAGE)
    return _number(request, "page", 1, 1_000_000), per_page


def _page(contents: list, total: int, page: int, per_page: int) -> dict:
    pages = max(1, math.ceil(total / per_page))
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": total == 0,
        "contents": contents,
    }


@endpoint
def root(request: HttpRequest) -> HttpResponse:
    return _json(
        {
            "version": HSDS_VERSION,
            "profile": SPEC_URL,
            "openapi_url": request.build_absolute_uri(reverse("hsds_openapi")),
        }
    )


@endpoint
def openapi_document(request: HttpRequest) -> HttpResponse:
    return _json(openapi.document(api_url(request)))


@endpoint
def schema_file(request: HttpRequest, name: str) -> HttpResponse:
    if name not in openapi.schema_names():
        raise NotFound
    return _json(json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8")))


@endpoint
def services(request: HttpRequest) -> HttpResponse:
    page, per_page = _paging(request)
    full = _flag(request, "full")
    ctx = _ctx(request)
    filters = queries.service_filters(request.GET, ctx)
    ids, total = queries.service_page(filters, (page - 1) * per_page, per_page)
    contents = queries.service_documents(ids, ctx, nested=full)
    return _json(_page(contents, total, page, per_page))


@endpoint
def service(request: HttpRequest, hsds_id: str) -> HttpResponse:
    doc = queries.service_document(hsds_id, _ctx(request))
    if doc is None:
        raise NotFound
    return _json(doc)


@endpoint
def organizations(request: HttpRequest) -> HttpResponse:
    page, per_page = _paging(request)
    contents, total = queries.organisation_page(
        request.GET.get("search", "").strip()[:200],
        (page - 1) * per_page,
        per_page,
        full=_flag(request, "full"),
        ctx=_ctx(request),
    )
    return _json(_page(contents, total, page, per_page))


@endpoint
def organization(request: HttpRequest, hsds_id: str) -> HttpResponse:
    org = queries.organisation_by_id(hsds_id)
    if org is None:
        raise NotFound
    return _json(queries.organisation_document(org, _ctx(request), full=True))


def _listing(request: HttpRequest, items: list[dict]) -> HttpResponse:
    """One page of a short list kept in memory (taxonomies, terms), narrowed by `search`."""
    page, per_page = _paging(request)
    search = request.GET.get("search", "").strip().lower()
    if search:
        items = [i for i in items if search in json.dumps(i, ensure_ascii=False).lower()]
    window = items[(page - 1) * per_page : page * per_page]
    return _json(_page(window, len(items), page, per_page))


@endpoint
def taxonomies(request: HttpRequest) -> HttpResponse:
    ctx = _ctx(request)
    return _listing(request, [taxonomy_to_hsds(g, ctx) for g in ctx.taxonomy.groups()])


@endpoint
def taxonomy(request: HttpRequest, hsds_id: str) -> HttpResponse:
    ctx = _ctx(request)
    found = [g for g in ctx.taxonomy.groups() if taxonomy_id_of(g) == hsds_id]
    if not found:
        raise NotFound
    return _json(taxonomy_to_hsds(found[0], ctx))


@endpoint
def taxonomy_terms(request: HttpRequest) -> HttpResponse:
    ctx = _ctx(request)
    wanted = request.GET.get("taxonomy_id", "").strip()
    # Our taxonomies are flat: every term is a top term and none has a parent.
    if request.GET.get("parent_id", "").strip():
        terms = []
    else:
        terms = [t for t in ctx.taxonomy.terms if not wanted or taxonomy_id_of(t.group) == wanted]
    return _listing(request, [term_to_hsds(t, ctx) for t in terms])


@endpoint
def taxonomy_term(request: HttpRequest, hsds_id: str) -> HttpResponse:
    ctx = _ctx(request)
    term = ctx.taxonomy.by_id(hsds_id)
    if term is None:
        raise NotFound
    return _json(term_to_hsds(term, ctx, nested=True))


@endpoint
def not_found(request: HttpRequest, rest: str) -> HttpResponse:
    raise NotFound
