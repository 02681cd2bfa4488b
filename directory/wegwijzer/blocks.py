"""StreamField blocks with which editors build the questionnaire, and their graph."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from directory.reference_data import LANGUAGES, LIFE_DOMAINS, TARGET_GROUPS
from directory.wegwijzer.graph import MULTIPLE, POSTCODE, RESULT, SINGLE, Facts, Graph, Option
from directory.wegwijzer.graph import Question as QuestionData
from directory.wegwijzer.routing import AGE_BANDS

KEY_HELP = _("Vaste code met kleine letters, cijfers en streepjes, zoals “voor-wie”.")
KEY_VALIDATOR = RegexValidator(r"^[a-z0-9-]{1,40}$", _("Gebruik kleine letters, cijfers en -."))
NEXT_HELP = _("Code van de volgende vraag, of “%(result)s” voor de uitslag.") % {"result": RESULT}
FOR_WHOM = [
    ("self", _("voor zichzelf")),
    ("relative", _("voor een naaste")),
    ("carer", _("als mantelzorger")),
]
AGES = [
    (k, f"{low}-{high}" if high < 120 else f"{low}+") for k, (low, high, _g) in AGE_BANDS.items()
]


def _terms(rows):
    return [(slug, nl) for slug, nl, _en in rows]


class OptionBlock(blocks.StructBlock):
    """One answer, with the facts it sets and, if needed, its own next question."""

    key = blocks.CharBlock(label=_("code"), help_text=KEY_HELP, validators=[KEY_VALIDATOR])
    label = blocks.CharBlock(label=_("tekst"), max_length=160)
    domains = blocks.MultipleChoiceBlock(
        choices=_terms(LIFE_DOMAINS), required=False, label=_("levensdomeinen")
    )
    groups = blocks.MultipleChoiceBlock(
        choices=_terms(TARGET_GROUPS), required=False, label=_("doelgroepen")
    )
    for_whom = blocks.ChoiceBlock(choices=FOR_WHOM, required=False, label=_("hulp zoeken"))
    age_band = blocks.ChoiceBlock(choices=AGES, required=False, label=_("leeftijd"))
    network = blocks.ChoiceBlock(
        choices=[("yes", _("ja")), ("no", _("nee"))],
        required=False,
        label=_("iemand in de omgeving kan helpen"),
    )
    complaint = blocks.BooleanBlock(required=False, label=_("klacht of niet eens met een besluit"))
    wants_independent = blocks.BooleanBlock(
        required=False, label=_("wil iemand die los staat van het gebiedsteam")
    )
    language = blocks.ChoiceBlock(choices=_terms(LANGUAGES), required=False, label=_("taal"))
    next = blocks.CharBlock(
        required=False,
        label=_("volgende vraag bij dit antwoord"),
        help_text=_("Leeg laten: de standaard volgende vraag."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Antwoord")


class QuestionBlock(blocks.StructBlock):
    """One question on its own page."""

    key = blocks.CharBlock(label=_("code"), help_text=KEY_HELP, validators=[KEY_VALIDATOR])
    text = blocks.CharBlock(label=_("vraag"), max_length=200)
    help_text = blocks.TextBlock(label=_("uitleg"), required=False, max_length=500)
    kind = blocks.ChoiceBlock(
        choices=[
            (SINGLE, _("één antwoord kiezen")),
            (MULTIPLE, _("meer antwoorden kiezen")),
            (POSTCODE, _("postcode (zoekt de gemeente op)")),
        ],
        default=SINGLE,
        label=_("soort"),
    )
    options = blocks.ListBlock(OptionBlock(), label=_("antwoorden"), min_num=0)
    default_next = blocks.CharBlock(label=_("standaard volgende vraag"), help_text=NEXT_HELP)

    class Meta:
        icon = "help"
        label = _("Vraag")

    def clean(self, value):
        value = super().clean(value)
        if value["kind"] == POSTCODE and value["options"]:
            raise ValidationError(_("Een postcodevraag heeft geen antwoorden om te kiezen."))
        return value


class QuestionStreamBlock(blocks.StreamBlock):
    question = QuestionBlock()


def _items(raw_list) -> list[dict]:
    """ListBlock items from raw data, in either the old (plain) or the new (typed) format."""
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in raw_list or []
    ]


def graph_from_stream(stream) -> Graph:
    """The questions of a StreamField value as a plain Graph.

    Built from the stored JSON, not from the block values: converting every block on every
    step would cost more than the rest of the step together.
    """
    questions = []
    for child in stream.raw_data:
        if child.get("type") != "question":
            continue
        v = child["value"]
        options = tuple(
            Option(
                key=o.get("key") or "",
                label=o.get("label") or "",
                next=(o.get("next") or "").strip(),
                facts=Facts(
                    domains=frozenset(o.get("domains") or ()),
                    groups=frozenset(o.get("groups") or ()),
                    for_whom=o.get("for_whom") or "",
                    age_band=o.get("age_band") or "",
                    network=o.get("network") or "",
                    complaint=bool(o.get("complaint")),
                    wants_independent=bool(o.get("wants_independent")),
                    language=o.get("language") or "",
                ),
            )
            for o in _items(v.get("options"))
        )
        questions.append(
            QuestionData(
                key=v.get("key") or "",
                text=v.get("text") or "",
                kind=v.get("kind") or SINGLE,
                help_text=v.get("help_text") or "",
                options=options,
                default_next=(v.get("default_next") or RESULT).strip(),
            )
        )
    return Graph(tuple(questions))
