"""Demo wegwijzer for both demo sites, in Dutch and English; running it again updates."""

from collections.abc import Callable

from django.db import transaction
from wagtail.models import Locale

from directory.wegwijzer.blocks import QuestionStreamBlock
from directory.wegwijzer.demo.content import PAGE, QUESTIONS
from directory.wegwijzer.models import GuidePage
from home.models import HomePage

SITES = ("midden-limburg-west", "sudwest-fryslan")
FACTS = ("domains", "groups", "for_whom", "age_band", "network", "complaint")
FACTS += ("wants_independent", "language")
# One complete route through the demo questionnaire, after "no danger": (question, posted data).
# An informal carer of an older relative with care and debt questions, a disagreement with the
# municipality and postcode 6001 (Weert). Tests and benchmarks walk it.
DEMO_ROUTE = [
    ("voor-wie", {"antwoord": "mantelzorger"}),
    ("leeftijd", {"antwoord": "oudere"}),
    ("onderwerp", {"antwoord": ["zorg", "geld"]}),
    ("geld", {"antwoord": "schulden"}),
    ("situatie", {"antwoord": "geen"}),
    ("netwerk", {"antwoord": "nee"}),
    ("gemeente", {"antwoord": "oneens"}),
    ("postcode", {"postcode": "6001"}),
]


def questionnaire_stream(lang: int):
    """The demo questionnaire as a StreamField value in one language (0 Dutch, 1 English)."""
    raw = []
    for q in QUESTIONS:
        options = []
        for o in q["options"]:
            value = {"key": o["key"], "label": o["label"][lang], "next": o["next"]}
            for name in FACTS:
                default = [] if name in ("domains", "groups") else ""
                if name in ("complaint", "wants_independent"):
                    default = False
                value[name] = o["facts"].get(name, default)
            options.append(value)
        raw.append(
            {
                "type": "question",
                "value": {
                    "key": q["key"],
                    "text": q["text"][lang],
                    "help_text": q["help"][lang],
                    "kind": q.get("kind", "single"),
                    "options": options,
                    "default_next": q["next"],
                },
            }
        )
    return QuestionStreamBlock().to_python(raw)


def load(*, report: Callable[[str], None]) -> None:
    """Create or update a published GuidePage, with its English translation, per demo site."""
    with transaction.atomic():
        en = Locale.objects.get(language_code="en")
        for key in SITES:
            home = HomePage.objects.filter(slug=key, depth=2, locale__language_code="nl").first()
            if home is None:
                report(f"  geen startpagina '{key}': wegwijzer overgeslagen")
                continue
            home.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
            page = GuidePage.objects.child_of(home).filter(locale=home.locale).first()
            if page is None:
                page = home.add_child(
                    instance=GuidePage(
                        title=PAGE["title"][0], slug=PAGE["slug"], questions=questionnaire_stream(0)
                    )
                )
            page.title, page.intro, page.show_in_menus = PAGE["title"][0], PAGE["intro"][0], True
            page.questions = questionnaire_stream(0)
            page.save_revision().publish()
            target = page.get_translation_or_none(en)
            if target is None:
                target = page.copy_for_translation(en, copy_parents=True)
            target = target.specific
            target.title, target.slug = PAGE["title"][1], PAGE["en_slug"]
            target.intro, target.show_in_menus = PAGE["intro"][1], True
            target.questions = questionnaire_stream(1)
            target.save_revision().publish()
            report(f"  {key}: wegwijzer met {len(QUESTIONS)} vragen, Nederlands en Engels")
