"""The public entry page of the self-test under each Dutch home page, with an English copy."""

import json

from wagtail.models import Locale

from selftest.models import SelftestIndexPage

NL = {
    "title": "Zelftest cliëntondersteuning",
    "slug": "over-de-zelftest",
    "intro": "Regelt uw gemeente de gratis, onafhankelijke cliëntondersteuning zoals de "
    "Wmo 2015 het vraagt? Met de zelftest kijken de Wmo-raad en de gemeente dat samen na.",
    "body": [
        ("heading", {"text": "Wat is de zelftest?", "level": "h2"}),
        (
            "paragraph",
            "<p>De zelftest heeft zeven thema's: beleidsplan, onafhankelijkheid, "
            "levensbreedheid, toegankelijkheid, informatieplicht, kwaliteit en "
            "evaluatie, en inspraak. Bij elke vraag kiest u ja, gedeeltelijk, nee of "
            "weet ik niet, en schrijft u op waarom.</p>",
        ),
        ("heading", {"text": "Wat krijgt u ervoor?", "level": "h2"}),
        (
            "paragraph",
            "<p>Een rapport met per thema een score en een kleur, de punten die "
            "beter kunnen en een advies. Vult ook de gemeente de zelftest in? Dan "
            "ziet u waar u het niet eens bent. Dat is een goed begin van het "
            "gesprek.</p>",
        ),
        (
            "paragraph",
            "<p>Alleen leden van een Wmo-raad of gemeenteteam kunnen inloggen. U "
            "krijgt een uitnodiging per e-mail van de redactie.</p>",
        ),
    ],
}
EN = {
    "title": "Client support self-test",
    "slug": "about-the-self-test",
    "intro": "Does your municipality arrange free, independent client support as the Wmo 2015 "
    "requires? With the self-test, the Wmo council and the municipality check it "
    "together.",
    "body": [
        ("heading", {"text": "What is the self-test?", "level": "h2"}),
        (
            "paragraph",
            "<p>The self-test has seven themes: policy plan, independence, breadth, "
            "accessibility, duty to inform, quality and evaluation, and participation. "
            "For each question you choose yes, partly, no or don't know, and write "
            "down why.</p>",
        ),
        ("heading", {"text": "What do you get?", "level": "h2"}),
        (
            "paragraph",
            "<p>A report with a score and a colour per theme, the points to improve "
            "and advice. If the municipality fills it in too, you see where you "
            "disagree: a good start for the conversation.</p>",
        ),
        (
            "paragraph",
            "<p>Only members of a Wmo council or municipal team can log in. The "
            "editors send you an invitation by e-mail.</p>",
        ),
    ],
}


def _body(blocks) -> str:
    return json.dumps([{"type": t, "value": v} for t, v in blocks])


def _publish(page) -> None:
    page.save_revision().publish()


def upsert_entry_pages(en: Locale, homes) -> int:
    """Create or update the entry page under every Dutch home page; returns how many."""
    count = 0
    for home in homes.filter(locale__language_code="nl"):
        page = SelftestIndexPage.objects.child_of(home).first()
        if page is None:
            page = home.add_child(
                instance=SelftestIndexPage(
                    title=NL["title"],
                    slug=NL["slug"],
                    intro=NL["intro"],
                    body=_body(NL["body"]),
                    show_in_menus=True,
                    locale=home.locale,
                )
            )
        else:
            page.title, page.intro, page.body = NL["title"], NL["intro"], _body(NL["body"])
            page.show_in_menus = True
        _publish(page)
        english = page.get_translation_or_none(en)
        if english is None:
            english = page.copy_for_translation(en, copy_parents=True)
        english = english.specific
        english.title, english.slug, english.intro = EN["title"], EN["slug"], EN["intro"]
        english.body = _body(EN["body"])
        english.show_in_menus = True
        _publish(english)
        count += 1
    return count
