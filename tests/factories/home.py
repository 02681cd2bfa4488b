"""Factories for the content site's pages and settings."""

import datetime

import factory
import wagtail_factories

from home.models import ContentPage, HomePage, NewsIndexPage, NewsPage


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
