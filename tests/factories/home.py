"""Factories for the content site's pages and settings."""

import datetime
import importlib

import factory
import wagtail_factories

from home.models import (
    Audience,
    ContentPage,
    HomePage,
    KennisbankPage,
    NewsIndexPage,
    NewsPage,
    PublicationKind,
    PublicationPage,
    Publisher,
    Theme,
)


def seed_kennisbank_terms() -> None:
    """The Kennisbank's terms as migration 0003 seeds them: transactional (browser) tests flush
    what migrations wrote. The migration's data, written with today's field names."""
    seeded = importlib.import_module("home.migrations.0003_kennisbank_terms")
    themes = seeded.SELFTEST_THEMES + seeded.LIFE_DOMAINS
    for model, rows in (
        (PublicationKind, seeded.KINDS),
        (Audience, seeded.AUDIENCES),
        (Theme, themes),
    ):
        for order, (slug, name_nl, name_en) in enumerate(rows):
            defaults = {"name_nl": name_nl, "name_en": name_en, "sort_order": order}
            if model is Theme:
                defaults["is_selftest_theme"] = order < len(seeded.SELFTEST_THEMES)
            model.objects.get_or_create(slug=slug, defaults=defaults)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Steunwijzer Testgemeente"
    hero_title = "Hulp bij uw vraag"
    hero_text = "Gratis en onafhankelijk."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inhoudspagina {n}")
    intro = "Een korte inleiding."
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Cliëntondersteuning is gratis voor iedereen.</p>")]
    )

    class Meta:
        model = ContentPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    intro = "Nieuws uit de gemeente."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Er is nieuws.</p>")])

    class Meta:
        model = NewsPage


class PublisherFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Uitgever {n}")
    slug = factory.Sequence(lambda n: f"uitgever-{n}")

    class Meta:
        model = Publisher


class KennisbankPageFactory(wagtail_factories.PageFactory):
    title = "Kennisbank"
    slug = "kennisbank"
    intro = "Publicaties over cliëntondersteuning."

    class Meta:
        model = KennisbankPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Handreiking {n}")
    kind = factory.LazyFunction(lambda: PublicationKind.objects.get(slug="handreiking"))
    publisher = factory.SubFactory(PublisherFactory)
    publication_date = datetime.date(2015, 3, 1)
    summary = "Een handreiking voor gemeenten over onafhankelijke cliëntondersteuning."
    external_url = "https://www.example.org/publicatie"

    class Meta:
        model = PublicationPage
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create:
            self.audiences.set(Audience.objects.filter(slug__in=extracted or ["gemeenten"]))
            self.save()

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create:
            self.themes.set(Theme.objects.filter(slug__in=extracted or ["beleidsplan"]))
            self.save()
