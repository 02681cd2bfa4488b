"""What the result page and the PDF show, prepared so their templates run no queries."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.translation import gettext as _

from directory.wegwijzer import selectors
from directory.wegwijzer.graph import POSTCODE
from directory.wegwijzer.routing import SKIPPED, Profile, Walk
from directory.wegwijzer.state import share_token


@dataclass(frozen=True)
class AnswerLine:
    question: str
    answer: str
    change_url: str


def page_base(page, request) -> str:
    """The guide page's address for this request, worked out once: every link starts with it."""
    known = getattr(request, "_wegwijzer_base", None)
    if known is None or known[0] != page.pk:
        known = (page.pk, page.get_url(request) or "/")
        request._wegwijzer_base = known
    return known[1]


def _answer_lines(page, request, route: Walk, municipality) -> list[AnswerLine]:
    base = page_base(page, request)
    lines = []
    for answer in route.path:
        q = page.graph.question(answer.question)
        if q.kind == POSTCODE:
            if answer.choices[0] == SKIPPED:
                text = _("Niet ingevuld")
            elif municipality is not None:
                text = _("Gemeente %(name)s") % {"name": municipality.name}
            else:
                text = answer.choices[0]
        else:
            text = ", ".join(o.label for o in q.options if o.key in answer.choices)
        url = base + page.reverse_subpage("question", args=(q.key,)) + "?wijzigen=1"
        lines.append(AnswerLine(q.text, text, url))
    return lines


def result_context(*, page, request, route: Walk, profile: Profile) -> dict:
    """Groups of help, the answers with change links, and the links to share and print."""
    results = selectors.guide_results(page=page, profile=profile, request=request)
    answers = {a.question: a.choices for a in route.path}
    token = share_token(fingerprint=page.graph.fingerprint, answers=answers)
    base = page_base(page, request)
    share_path = base + page.reverse_subpage("shared")
    return {
        "results": results,
        "profile": profile,
        "answer_lines": _answer_lines(page, request, route, results.municipality),
        "token": token,
        "share_url": request.build_absolute_uri(share_path + "?" + urlencode({"code": token})),
        "numbers": selectors.emergency_numbers(request=request),
        "pdf_url": base + page.reverse_subpage("pdf"),
        "restart_url": base + page.reverse_subpage("restart"),
    }
