"""Plain-Dutch labels of the answer scale and the traffic lights, for pages and exports."""

from django.utils.translation import gettext_lazy as _

from selftest.scoring import AnswerValue, Light

ANSWER_LABELS = {
    AnswerValue.YES: _("Ja"),
    AnswerValue.PARTLY: _("Gedeeltelijk"),
    AnswerValue.NO: _("Nee"),
    AnswerValue.DONT_KNOW: _("Weet ik niet"),
    AnswerValue.NOT_APPLICABLE: _("Niet van toepassing"),
}

LIGHT_LABELS = {
    Light.GREEN: _("Groen: goed geregeld"),
    Light.ORANGE: _("Oranje: deels geregeld"),
    Light.RED: _("Rood: niet goed geregeld"),
    Light.NONE: _("Geen oordeel: te weinig antwoorden"),
}

LIGHT_SHORT = {
    Light.GREEN: _("Groen"),
    Light.ORANGE: _("Oranje"),
    Light.RED: _("Rood"),
    Light.NONE: _("Geen oordeel"),
}


def answer_label(value) -> str:
    """The label of a stored answer value; a dash when there is none."""
    if not value:
        return "\u2013"
    return str(ANSWER_LABELS.get(AnswerValue(value), value))
