"""Demo Kennisbank: a finder per site with the 27 publications of Movisie's 2016 overview."""

import datetime

from django.utils.text import slugify
from wagtail.models import Locale, Page

from home.demo.publications import PUBLICATIONS
from home.models import (
    Audience,
    KennisbankPage,
    PublicationKind,
    PublicationPage,
    Publisher,
    RelatedPublication,
    Theme,
)

FINDER = {
    "slug": "kennisbank",
    "title": "Kennisbank cliëntondersteuning",
    "intro": "Handreikingen, informatiekaarten en praktijkvoorbeelden over cliëntondersteuning. "
    "Voor gemeenten, Wmo-raden en cliëntondersteuners.",
    "en": {
        "slug": "knowledge-base",
        "title": "Knowledge base on client support",
        "intro": "Guides, fact sheets and practice examples on client support, for "
        "municipalities, Wmo councils and client supporters. Most publications are in Dutch.",
    },
}
# The overview's theme names that the project stores under another stable slug.
THEME_SLUGS = {"kwaliteit-en-evaluatie": "kwaliteit"}


def load(*, home: Page, publish) -> KennisbankPage:
    """Create or update the finder below one home page, its publications and their links."""
    finder = KennisbankPage.objects.child_of(home).filter(slug=FINDER["slug"]).first()
    if finder is None:
        finder = home.add_child(
            instance=KennisbankPage(
                slug=FINDER["slug"],
                title=FINDER["title"],
                intro=FINDER["intro"],
                show_in_menus=True,
                locale=home.locale,
            )
        )
    publish(finder)
    kinds = {k.slug: k for k in PublicationKind.objects.all()}
    audiences = {a.slug: a for a in Audience.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    by_title = {}
    for item in PUBLICATIONS:
        by_title[item["title"]] = _upsert_publication(
            finder, item, kinds, audiences, themes, publish
        )
    for item in PUBLICATIONS:
        page = by_title[item["title"]]
        RelatedPublication.objects.filter(page=page).delete()
        for order, title in enumerate(item["related"]):
            RelatedPublication.objects.create(page=page, target=by_title[title], sort_order=order)
    _translate_finder(finder, publish)
    return finder


def _upsert_publication(finder, item, kinds, audiences, themes, publish) -> PublicationPage:
    slug = slugify(item["title"])[:80]
    publisher, _ = Publisher.objects.get_or_create(
        slug=slugify(item["publisher"])[:80], defaults={"name": item["publisher"]}
    )
    fields = {
        "title": item["title"],
        "kind": kinds[item["kind"]],
        "publisher": publisher,
        "publication_date": datetime.date(item["year"], item["month"] or 1, 1),
        "date_precision": "month" if item["month"] else "year",
        "number_of_pages": item["pages"],
        "external_url": item["link"],
        "summary": item["summary"],
        "municipality": item["municipality"],
        "is_outdated": item["outdated"],
        "outdated_explanation": item["outdated_explanation"],
        "intro": "",
    }
    page = PublicationPage.objects.child_of(finder).filter(slug=slug).first()
    if page is None:
        page = finder.add_child(instance=PublicationPage(slug=slug, locale=finder.locale, **fields))
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.audiences.set([audiences[a] for a in item["audiences"]])
    page.themes.set([themes[THEME_SLUGS.get(t, t)] for t in item["themes"]])
    publish(page)
    return page


def _translate_finder(finder: KennisbankPage, publish) -> None:
    english = Locale.objects.get(language_code="en")
    target = finder.get_translation_or_none(english)
    if target is None:
        target = finder.copy_for_translation(english, copy_parents=True)
    target = target.specific
    target.title = FINDER["en"]["title"]
    target.slug = FINDER["en"]["slug"]
    target.intro = FINDER["en"]["intro"]
    publish(target)
