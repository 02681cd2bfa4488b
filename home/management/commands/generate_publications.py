"""Create N synthetic publications in a Kennisbank, for benchmarks of the finder."""

import datetime
import random

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from home.models import Audience, KennisbankPage, PublicationKind, PublicationPage, Publisher, Theme

WORDS = [
    "cliëntondersteuning",
    "onafhankelijk",
    "gemeente",
    "wmo-raad",
    "mantelzorg",
    "ouderen",
    "jeugd",
    "schulden",
    "wonen",
    "toegang",
    "gesprek",
    "keukentafel",
    "vrijwilliger",
    "ervaringsdeskundige",
    "beleid",
    "kwaliteit",
    "inspraak",
    "informatie",
    "advies",
    "bezwaar",
    "wijkteam",
    "welzijn",
]


class Command(BaseCommand):
    help = "Create N synthetic publications below a Kennisbank (one is made if there is none)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=5000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count: int, seed: int, **options):
        rng = random.Random(seed)  # noqa: S311 - repeatable test data, not security
        finder = KennisbankPage.objects.first() or self._make_finder()
        kinds = list(PublicationKind.objects.all())
        audiences = list(Audience.objects.all())
        themes = list(Theme.objects.all())
        publishers = [
            Publisher.objects.get_or_create(
                slug=f"bench-uitgever-{n}", defaults={"name": f"Bench-uitgever {n}"}
            )[0]
            for n in range(20)
        ]
        start = PublicationPage.objects.count()
        with transaction.atomic():
            for n in range(count):
                words = rng.sample(WORDS, 6)
                finder.add_child(
                    instance=PublicationPage(
                        title=f"{words[0].capitalize()} en {words[1]}: publicatie {start + n}",
                        slug=f"publicatie-{start + n}",
                        kind=rng.choice(kinds),
                        publisher=rng.choice(publishers),
                        publication_date=datetime.date(
                            rng.randint(2008, 2026), rng.randint(1, 12), 1
                        ),
                        summary=" ".join(rng.choices(WORDS, k=40)),
                        external_url="https://www.example.org/",
                        is_outdated=rng.random() < 0.4,
                        outdated_explanation="Geschreven vóór de Wmo 2015.",
                        locale=finder.locale,
                        # Given here, so add_child saves them with the page.
                        audiences=rng.sample(audiences, 2),
                        themes=rng.sample(themes, 2),
                    )
                )
                if n % 500 == 0:
                    self.stdout.write(f"{n}/{count}")
        self.stdout.write(self.style.SUCCESS(f"{count} publications created below {finder.url}"))

    def _make_finder(self) -> KennisbankPage:
        home = Page.objects.filter(depth=2).first()
        return home.add_child(
            instance=KennisbankPage(title="Kennisbank", slug="kennisbank", locale=home.locale)
        )
