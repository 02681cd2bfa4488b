"""Builds the demo sites from home.demo.content; running it again updates, never duplicates."""

import html
import json
from collections.abc import Callable

from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.demo import content, kennisbank
from home.models import ContentPage, FooterLink, HomePage, NewsIndexPage, NewsPage, SiteSettings

Report = Callable[[str], None]

# Content pages in the main menu; the other explanations are linked from the home page, so the
# menu stays short next to the social map, wegwijzer, self-test, Kennisbank and news.
MENU_SLUGS = {"clientondersteuning", "voor-wmo-raden"}
GOOD_TO_KNOW = {"nl": "Goed om te weten", "en": "Good to know"}


def _good_to_know(spec: dict, pages: dict[str, Page], language: str) -> str:
    """A home page section linking the explanations that are not in the menu."""
    items = "".join(
        f'<li><a linktype="page" id="{pages[p["slug"]].pk}">'
        f"{html.escape(p['title'] if language == 'nl' else p['en']['title'])}</a></li>"
        for p in spec["pages"]
        if p["slug"] not in MENU_SLUGS and not p.get("footer")
    )
    return json.dumps(
        [
            {"type": "heading", "value": {"text": GOOD_TO_KNOW[language], "level": "h2"}},
            {"type": "paragraph", "value": f"<ul>{items}</ul>"},
        ]
    )


def load(*, report: Report) -> list[Site]:
    """Create or update both demo sites with their pages, news and settings."""
    with transaction.atomic():
        nl, en = _locales()
        root = Page.get_first_root_node()
        _remove_wagtail_welcome_page(root)
        sites = []
        for spec in content.SITES:
            report(f"Site {spec['site_name']}")
            home = _upsert_home(root, spec, nl)
            pages = {p["slug"]: _upsert_page(home, ContentPage, p, nl) for p in spec["pages"]}
            news_index = _upsert_page(home, NewsIndexPage, spec["news_index"], nl)
            news = [_upsert_page(news_index, NewsPage, item, nl) for item in spec["news"]]
            # Links between pages need every page to exist first.
            _fill_bodies(home, spec, pages, news)
            site = _upsert_site(spec, home)
            _upsert_settings(site, spec, pages)
            _translate_tree(home, spec, pages, news_index, en)
            kennisbank.load(home=home, publish=_publish)
            sites.append(site)
            report(f"  {len(pages) + len(spec['news']) + 2} pages in Dutch and English")
        return sites


def _locales() -> tuple[Locale, Locale]:
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return nl, en


def _remove_wagtail_welcome_page(root: Page) -> None:
    # Wagtail's first migration creates a plain "Welcome" page and points the default site at
    # it; the demo replaces it with real home pages.
    for page in root.get_children().filter(content_type__model="page"):
        Site.objects.filter(root_page=page).delete()
        page.delete()


def _publish(page: Page) -> None:
    # Children may have been added since this instance was loaded; saving a stale numchild
    # would corrupt the page tree, so take the tree fields fresh from the database.
    page.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
    page.save_revision().publish()


def _upsert_home(root: Page, spec: dict, nl: Locale) -> HomePage:
    home = HomePage.objects.filter(slug=spec["key"], locale=nl, depth=2).first()
    fields = {
        "title": spec["home"]["title"],
        "intro": spec["home"]["intro"],
        "hero_title": spec["home"]["hero_title"],
        "hero_text": spec["home"]["hero_text"],
    }
    if home is None:
        home = root.add_child(instance=HomePage(slug=spec["key"], locale=nl, **fields))
    else:
        for name, value in fields.items():
            setattr(home, name, value)
    _publish(home)
    return home


def _upsert_page(parent: Page, model: type[Page], spec: dict, locale: Locale) -> Page:
    page = model.objects.child_of(parent).filter(slug=spec["slug"], locale=locale).first()
    fields = {"title": spec["title"], "intro": spec.get("intro", "")}
    if model is ContentPage:
        fields["show_in_menus"] = spec["slug"] in MENU_SLUGS
    if model is NewsPage:
        fields["date"] = spec["date"]
    if model is NewsIndexPage:
        fields["show_in_menus"] = True
    if page is None:
        body = {"body": "[]"} if hasattr(model, "body") else {}
        page = parent.add_child(instance=model(slug=spec["slug"], locale=locale, **fields, **body))
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    _publish(page)
    return page


def _stream(blocks: list, slugs: dict[str, Page]) -> str:
    """Turn the content module's (type, value) pairs into StreamField JSON."""
    raw = []
    for block_type, value in blocks:
        if block_type == "call_to_action":
            target = slugs.get(value["page_slug"])
            if target is None:
                continue
            value = {"text": value["text"], "label": value["label"], "page": target.pk, "url": ""}
        elif block_type == "table":
            value = {
                "caption": value["caption"],
                "table": {
                    "data": value["rows"],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": value["caption"],
                },
            }
        elif block_type == "contact_card":
            value = {
                k: value.get(k, "")
                for k in ("name", "description", "phone", "email", "address", "opening_hours")
            }
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


def _fill_bodies(home: HomePage, spec: dict, pages: dict[str, Page], news: list[Page]) -> None:
    targets = [(pages[p["slug"]], p) for p in spec["pages"]] + list(
        zip(news, spec["news"], strict=True)
    )
    for page, page_spec in targets:
        page.body = _stream(page_spec["body"], pages)
        _publish(page)
    home.body = _good_to_know(spec, pages, "nl")
    home.tiles = json.dumps(
        [
            {
                "type": "tile",
                "value": {
                    "title": t["title"],
                    "text": t["text"],
                    "page": pages[t["page_slug"]].pk,
                    "url": "",
                },
            }
            for t in spec["tiles"]
        ]
    )
    _publish(home)


def _upsert_site(spec: dict, home: HomePage) -> Site:
    site, _ = Site.objects.update_or_create(
        hostname=spec["hostname"],
        port=80,
        defaults={
            "root_page": home,
            "site_name": spec["site_name"],
            "is_default_site": spec.get("is_default", False),
        },
    )
    return site


def _upsert_settings(site: Site, spec: dict, pages: dict[str, Page]) -> None:
    keys = [
        "organisation_name",
        "tagline",
        "theme",
        "contact_phone",
        "contact_email",
        "contact_address",
        "contact_hours",
        "emergency_contact_label",
        "emergency_contact_phone",
    ]
    site_settings, _ = SiteSettings.objects.update_or_create(
        site=site, defaults={**{k: spec.get(k, "") for k in keys}, "is_demo": True}
    )
    site_settings.emergency_numbers.all().delete()
    for i, number in enumerate(spec["emergency_numbers"]):
        site_settings.emergency_numbers.create(sort_order=i, **number)
    FooterLink.objects.filter(settings=site_settings).delete()
    footer_pages = [p for p in spec["pages"] if p.get("footer")]
    for i, page_spec in enumerate(footer_pages):
        FooterLink.objects.create(
            settings=site_settings, sort_order=i, page=pages[page_spec["slug"]]
        )


def _translate_tree(
    home: HomePage, spec: dict, pages: dict[str, Page], news_index: Page, en: Locale
) -> None:
    """Create or update the English version of every page of one site."""
    home_en = _translation(home, en)
    home_en.title = spec["home"]["en"]["title"]
    home_en.intro = spec["home"]["en"]["intro"]
    home_en.hero_title = spec["home"]["en"]["hero_title"]
    home_en.hero_text = spec["home"]["en"]["hero_text"]
    _publish(home_en)
    pages_en = {}
    for page_spec in spec["pages"]:
        pages_en[page_spec["slug"]] = _translate_page(pages[page_spec["slug"]], page_spec, en)
    for page_spec in spec["pages"]:
        target = pages_en[page_spec["slug"]]
        target.body = _stream(page_spec["en"]["body"], pages_en)
        _publish(target)
    home_en.body = _good_to_know(spec, pages_en, "en")
    home_en.tiles = json.dumps(
        [
            {
                "type": "tile",
                "value": {
                    "title": t["en"]["title"],
                    "text": t["en"]["text"],
                    "page": pages_en[t["page_slug"]].pk,
                    "url": "",
                },
            }
            for t in spec["tiles"]
        ]
    )
    _publish(home_en)
    news_index_en = _translate_page(news_index, spec["news_index"], en)
    for item in spec["news"]:
        news = NewsPage.objects.child_of(news_index).get(slug=item["slug"])
        news_en = _translate_page(news, item, en)
        news_en.date = item["date"]
        news_en.body = _stream(item["en"]["body"], pages_en)
        _publish(news_en)
    _publish(news_index_en)


def _translation(page: Page, locale: Locale) -> Page:
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return page.copy_for_translation(locale, copy_parents=True).specific


def _translate_page(page: Page, spec: dict, locale: Locale) -> Page:
    target = _translation(page, locale)
    target.title = spec["en"]["title"]
    target.slug = spec["en"]["slug"]
    target.intro = spec["en"].get("intro", "")
    target.show_in_menus = page.show_in_menus
    _publish(target)
    return target


# Once every app has loaded its demo, the home page tiles point at the three main tasks.
TASK_TILES = [
    (
        "directorypage",
        {
            "nl": ("Zoek hulp", "Vind hulp en ondersteuning bij u in de buurt."),
            "en": ("Find help", "Find help and support near you."),
        },
    ),
    (
        "guidepage",
        {
            "nl": ("Wegwijzer", "Beantwoord een paar vragen en zie wie u kan helpen."),
            "en": ("Guide", "Answer a few questions and see who can help you."),
        },
    ),
    (
        "selftestindexpage",
        {
            "nl": (
                "Zelftest voor Wmo-raden",
                "Is cliëntondersteuning in uw gemeente goed geregeld?",
            ),
            "en": (
                "Self-test for Wmo councils",
                "Is client support well arranged in your municipality?",
            ),
        },
    ),
]


def finish(*, report: Report) -> None:
    """Point the home page tiles at the social map, the wegwijzer and the self-test."""
    for home in HomePage.objects.filter(depth=2):
        language = home.locale.language_code
        tiles = []
        for model_name, texts in TASK_TILES:
            target = home.get_children().live().filter(content_type__model=model_name).first()
            if target is not None:
                title, text = texts.get(language, texts["nl"])
                tiles.append(
                    {
                        "type": "tile",
                        "value": {"title": title, "text": text, "page": target.pk, "url": ""},
                    }
                )
        if len(tiles) == len(TASK_TILES):
            home.tiles = json.dumps(tiles)
            _publish(home)
    report("Tiles on the home pages point at the main tasks")
