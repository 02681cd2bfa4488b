"""Reads one posted answer; anything that does not belong to the question is refused."""

from django.utils.translation import gettext as _

from directory.wegwijzer.graph import POSTCODE, SINGLE, Question
from directory.wegwijzer.routing import SKIPPED

FREE_TEXT_FIELD = "eigen_woorden"
FREE_TEXT_MAX = 2000


class AnswerError(ValueError):
    """A posted answer the resident has to correct; the message says how."""


def answer_parse(question: Question, data) -> tuple[str, ...]:
    """The chosen option codes (or a municipality code) from the posted form data."""
    if question.kind == POSTCODE:
        return (_postcode(data),)
    chosen = [c for c in data.getlist("antwoord") if c]
    if not chosen:
        if question.kind == SINGLE:
            raise AnswerError(_("Kies een antwoord."))
        raise AnswerError(_("Kies één of meer antwoorden."))
    if question.kind == SINGLE and len(chosen) > 1:
        raise AnswerError(_("Kies één antwoord."))
    if any(question.option(c) is None for c in chosen):
        raise AnswerError(_("Dat antwoord hoort niet bij deze vraag. Kies opnieuw."))
    keys = [o.key for o in question.options]
    return tuple(sorted(set(chosen), key=keys.index))


def _postcode(data) -> str:
    from directory.wegwijzer.selectors import municipality_for_postcode

    if data.get("overslaan"):
        return SKIPPED
    raw = (data.get("postcode") or "").strip()[:10]
    if not raw:
        raise AnswerError(_("Vul uw postcode in, of kies “Liever niet”."))
    municipality = municipality_for_postcode(postcode=raw)
    if municipality is None:
        raise AnswerError(
            _("Deze postcode kennen we niet. Vul 4 cijfers in, zoals 6001, of kies “Liever niet”.")
        )
    return municipality.code
