"""Thin views behind the GuidePage routes: read the state, call pure routing, render.

Forms post without a CSRF token on purpose: a token would need a cookie before the resident
starts, and the session cookie is SameSite=Lax, so a cross-site post never reaches the answers.
"""

from urllib.parse import urlencode

from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from directory.wegwijzer import pdf as pdf_module
from directory.wegwijzer import selectors, services
from directory.wegwijzer.context import page_base, result_context
from directory.wegwijzer.forms import FREE_TEXT_FIELD, FREE_TEXT_MAX, AnswerError, answer_parse
from directory.wegwijzer.graph import RESULT
from directory.wegwijzer.models import GuidePage, Metric
from directory.wegwijzer.routing import profile_build, walk
from directory.wegwijzer.state import State, share_load, state_clear, state_load, state_save
from home.chrome import chrome_for_request

NOTICES = {
    "verlopen": lambda: _(
        "Uw antwoorden zijn niet meer bewaard. Dat gebeurt als u de browser sluit of lang "
        "wacht. Begin hieronder opnieuw."
    ),
    "onbekend": lambda: _("Die vraag bestaat niet (meer). U gaat verder bij deze vraag."),
    "nog-niet": lambda: _("Beantwoord eerst deze vraag. Daarna gaat u verder."),
    "gewijzigd": lambda: _(
        "De vragenlijst is net aangepast. We hebben uw antwoorden bewaard waar dat kon. "
        "Kijk of deze vraag nog klopt."
    ),
    "link": lambda: _(
        "Deze link werkt niet. Misschien is hij niet helemaal gekopieerd. "
        "U kunt de vragen hieronder opnieuw beantwoorden."
    ),
    "link-oud": lambda: _(
        "De vragenlijst is veranderd sinds deze link werd gemaakt. "
        "Beantwoord de vragen opnieuw voor een uitslag die klopt."
    ),
    "opnieuw": lambda: _("Uw antwoorden zijn gewist. U begint opnieuw."),
}


def _notice(request) -> str:
    make = NOTICES.get(request.GET.get("melding", ""))
    return make() if make else ""


def _go(page: GuidePage, request, route: str, *args, notice: str = "") -> HttpResponseRedirect:
    url = page_base(page, request) + page.reverse_subpage(route, args=args)
    return HttpResponseRedirect(url + (f"?{urlencode({'melding': notice})}" if notice else ""))


def _go_to(page: GuidePage, request, key: str, notice: str = "") -> HttpResponseRedirect:
    if key == RESULT:
        return _go(page, request, "result", notice=notice)
    return _go(page, request, "question", key, notice=notice)


def _urls(page: GuidePage, request, key: str = "") -> dict[str, str]:
    base = page_base(page, request)
    urls = {name: base + page.reverse_subpage(name) for name in ("safety", "restart")}
    if key:
        urls["question"] = base + page.reverse_subpage("question", args=(key,))
    return urls


def _render(request, template: str, page: GuidePage, context: dict, status: int = 200):
    key = context["question"].key if "question" in context else ""
    base = {
        "page": page,
        "self": page,
        "notice": _notice(request),
        "urls": _urls(page, request, key),
    }
    return TemplateResponse(request, template, {**base, **context}, status=status)


@never_cache
def start(request, *, page: GuidePage):
    """What the wegwijzer does; sets no cookie."""
    state = state_load(request=request, page=page)
    return _render(request, "wegwijzer/start.html", page, {"has_answers": bool(state)})


@never_cache
def safety(request, *, page: GuidePage):
    """Safety first: is anyone in danger right now? Before any other question."""
    if request.method == "POST":
        choice = request.POST.get("gevaar")
        if choice == "ja":
            services.route_count_add(guide=page.translation_key, events=[(Metric.EMERGENCY, "")])
            return _go(page, request, "emergency")
        if choice == "nee":
            state = state_load(request=request, page=page)
            if state is None:
                state = State(page.graph.fingerprint)
                services.route_count_add(guide=page.translation_key, events=[(Metric.STARTED, "")])
            state_save(request=request, page=page, state=state)
            return _go_to(page, request, walk(page.graph, state.answers).current)
        error = _("Kies ja of nee.")
        return _render(request, "wegwijzer/safety.html", page, {"error": error}, status=400)
    return _render(request, "wegwijzer/safety.html", page, {})


@never_cache
def emergency(request, *, page: GuidePage):
    """The emergency numbers, large and callable, and the way back to the questions."""
    return _render(
        request,
        "wegwijzer/emergency.html",
        page,
        {"numbers": selectors.emergency_numbers(request=request)},
    )


def _current(request, page: GuidePage):
    """(state, walk, notice): the resident's route; the state is repaired if needed."""
    state = state_load(request=request, page=page)
    if state is None:
        return None, None, "verlopen"
    graph = page.graph
    route = walk(graph, state.answers)
    notice = ""
    if state.fingerprint != graph.fingerprint or route.invalid:
        notice = "gewijzigd"
        keep = {a.question: a.choices for a in route.path}
        state = State(graph.fingerprint, keep, state.completed)
        state_save(request=request, page=page, state=state)
        route = walk(graph, state.answers)
    return state, route, notice


@never_cache
@sensitive_post_parameters("postcode")
def question(request, *, page: GuidePage, key: str):
    """One question: show it (with the earlier answer) or store the answer and go on."""
    state, route, notice = _current(request, page)
    if state is None:
        return _go(page, request, "safety", notice=notice)
    q = page.graph.question(key)
    if q is None:
        return _go_to(page, request, route.current, notice=notice or "onbekend")
    if key != route.current and route.answered(key) is None:
        return _go_to(page, request, route.current, notice=notice or "nog-niet")
    error = ""
    if request.method == "POST" and not notice:
        try:
            choices = answer_parse(q, request.POST)
        except AnswerError as exc:
            error = str(exc)
        else:
            state.answers[key] = choices
            state_save(request=request, page=page, state=state)
            after = walk(page.graph, state.answers)
            if request.POST.get("wijzigen") == "1":
                return _go_to(page, request, after.current)
            return _go_to(page, request, _next_on_route(after, key))
    if notice and not request.GET.get("melding"):
        return _go_to(page, request, key, notice=notice)
    context = {
        "question": q,
        "chosen": route.answered(key) or (),
        "number": route.position(key),
        "total": max(route.total, route.position(key)),
        "back_url": _back_url(page, request, route, key),
        "change": request.GET.get("wijzigen") == "1" or request.POST.get("wijzigen") == "1",
        "error": error,
    }
    return _render(request, "wegwijzer/question.html", page, context, status=400 if error else 200)


def _next_on_route(route, key: str) -> str:
    keys = [a.question for a in route.path]
    index = keys.index(key) if key in keys else -1
    return keys[index + 1] if 0 <= index < len(keys) - 1 else route.current


def _back_url(page: GuidePage, request, route, key: str) -> str:
    keys = [a.question for a in route.path]
    index = keys.index(key) if key in keys else len(keys)
    if index == 0:
        return page_base(page, request) + page.reverse_subpage("safety")
    return page_base(page, request) + page.reverse_subpage("question", args=(keys[index - 1],))


@never_cache
def result(request, *, page: GuidePage):
    """The explained help, rights, checklist, PDF form and share link."""
    state, route, notice = _current(request, page)
    if state is None:
        return _go(page, request, "safety", notice=notice)
    if not route.complete:
        return _go_to(page, request, route.current, notice=notice or "nog-niet")
    profile = profile_build(page.graph, route)
    context = result_context(page=page, request=request, route=route, profile=profile)
    if not state.completed:
        state.completed = True
        state_save(request=request, page=page, state=state)
        services.route_count_add(guide=page.translation_key, events=_events(profile, context))
    context["notice_code"] = notice
    return _render(request, "wegwijzer/result.html", page, context)


def _events(profile, context) -> list[tuple[str, str]]:
    events = [(Metric.COMPLETED, "")]
    events += [(Metric.DOMAIN, d) for d in sorted(profile.domains)]
    events += [(Metric.GROUP, g) for g in sorted(profile.groups)]
    if profile.for_whom:
        events.append((Metric.FOR_WHOM, profile.for_whom))
    events += [(Metric.RESULT, g.kind) for g in context["results"].groups if g.items]
    return events


@never_cache
def shared(request, *, page: GuidePage):
    """A result from a share link, for anyone who has it; writes nothing."""
    loaded = share_load(token=request.GET.get("code", "")[:4000])
    if loaded is None:
        return _go(page, request, "safety", notice="link")
    _fingerprint, answers = loaded
    route = walk(page.graph, answers)
    if not route.complete or route.invalid:
        return _go(page, request, "safety", notice="link-oud")
    profile = profile_build(page.graph, route)
    context = result_context(page=page, request=request, route=route, profile=profile)
    context["is_shared"] = True
    return _render(request, "wegwijzer/result.html", page, context)


@never_cache
@sensitive_post_parameters(FREE_TEXT_FIELD)
def pdf(request, *, page: GuidePage):
    """The PDF "Voorbereiding op het gesprek"; the resident's own words are never stored."""
    if request.method != "POST":
        return _go(page, request, "result")
    loaded = share_load(token=request.POST.get("uitslag", ""))
    route = walk(page.graph, loaded[1]) if loaded else None
    if route is None or not route.complete or route.invalid:
        return _go(page, request, "safety", notice="link-oud" if loaded else "link")
    profile = profile_build(page.graph, route)
    context = result_context(page=page, request=request, route=route, profile=profile)
    context["own_words"] = request.POST.get(FREE_TEXT_FIELD, "")[:FREE_TEXT_MAX].strip()
    context["page"] = page
    context["organisation_name"] = chrome_for_request(request).organisation_name
    content = pdf_module.render(context, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="voorbereiding-op-het-gesprek.pdf"'
    return response


@never_cache
def restart(request, *, page: GuidePage):
    """Forget every answer and start at the safety question."""
    if request.method == "POST":
        state_clear(request=request, page=page)
        return _go(page, request, "safety", notice="opnieuw")
    return _go(page, request, "safety")
