"""Synthetic services for benchmarks: realistic spread over the country, written in bulk."""

import random
from collections.abc import Callable

from django.db import transaction

from directory.models import (
    Language,
    LifeDomain,
    Location,
    Municipality,
    Organisation,
    Postcode,
    Service,
    SupportLine,
    TargetGroup,
)
from directory.search.text import index_text

WORDS = [
    "hulp",
    "advies",
    "steunpunt",
    "spreekuur",
    "maatje",
    "begeleiding",
    "inloop",
    "ondersteuning",
    "informatie",
    "cursus",
    "groep",
    "loket",
]
TOPICS = [
    "mantelzorg",
    "schulden",
    "wonen",
    "opvoeden",
    "werk",
    "eenzaamheid",
    "gezondheid",
    "formulieren",
    "rouw",
    "dementie",
    "taal",
    "vervoer",
]
BATCH = 2000


def services_generate(
    *, count: int, seed: int = 1, progress: Callable[[int, int], None] | None = None
) -> int:
    """Create `count` services with an organisation and a location each, in batches."""
    rng = random.Random(seed)  # noqa: S311 - repeatable test data, not secrets
    postcodes = list(
        Postcode.objects.values_list("pc4", "latitude", "longitude", "municipality_id")
    )
    lines = list(SupportLine.objects.all())
    domains = list(LifeDomain.objects.values_list("pk", flat=True))
    groups = list(TargetGroup.objects.values_list("pk", flat=True))
    languages = list(
        Language.objects.filter(slug__in=["nl", "en", "ar", "tr", "pl"]).values_list(
            "pk", flat=True
        )
    )
    names = dict(Municipality.objects.values_list("pk", "name"))
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        with transaction.atomic():
            _batch(rng, size, done, postcodes, lines, domains, groups, languages, names)
        done += size
        if progress:
            progress(done, count)
    return done


def _batch(rng, size, start, postcodes, lines, domains, groups, languages, names) -> None:
    picks = [rng.choice(postcodes) for _ in range(size)]
    orgs = Organisation.objects.bulk_create(
        [
            Organisation(
                name=f"Synthetische organisatie {start + i}",
                is_demo=True,
                phone="0000-000000",
                is_independent=rng.random() < 0.4,
            )
            for i in range(size)
        ]
    )
    locations = Location.objects.bulk_create(
        [
            Location(
                organisation=org,
                name=f"Locatie {start + i}",
                street_address="Teststraat 1",
                postcode=f"{pc[0]} AA",
                city=names[pc[3]],
                municipality_id=pc[3],
                latitude=pc[1] + rng.uniform(-0.01, 0.01),
                longitude=pc[2] + rng.uniform(-0.01, 0.01),
                wheelchair_access=rng.random() < 0.7,
            )
            for i, (org, pc) in enumerate(zip(orgs, picks, strict=True))
        ]
    )
    services = []
    for i, org in enumerate(orgs):
        name = f"{rng.choice(WORDS).capitalize()} {rng.choice(TOPICS)} {start + i}"
        text = f"{rng.choice(WORDS)} bij {rng.choice(TOPICS)} en {rng.choice(TOPICS)}."
        service = Service(
            organisation=org,
            name=name,
            slug=f"dienst-{start + i}",
            short_description=text,
            support_line=rng.choice(lines),
            is_free=rng.random() < 0.8,
            referral_required=rng.random() < 0.2,
            offers_home_visit=rng.random() < 0.3,
            live=True,
            is_demo=True,
        )
        service.search_name = index_text(name)
        service.search_text = index_text(name, org.name, text)
        services.append(service)
    services = Service.objects.bulk_create(services)
    Service.locations.through.objects.bulk_create(
        [
            Service.locations.through(service_id=s.pk, location_id=loc.pk)
            for s, loc in zip(services, locations, strict=True)
        ]
    )
    Service.area_municipalities.through.objects.bulk_create(
        [
            Service.area_municipalities.through(service_id=s.pk, municipality_id=pc[3])
            for s, pc in zip(services, picks, strict=True)
        ]
    )
    Service.covered_municipalities.through.objects.bulk_create(
        [
            Service.covered_municipalities.through(service_id=s.pk, municipality_id=pc[3])
            for s, pc in zip(services, picks, strict=True)
        ]
    )
    Service.life_domains.through.objects.bulk_create(
        [
            Service.life_domains.through(service_id=s.pk, lifedomain_id=d)
            for s in services
            for d in rng.sample(domains, 2)
        ]
    )
    Service.target_groups.through.objects.bulk_create(
        [
            Service.target_groups.through(service_id=s.pk, targetgroup_id=rng.choice(groups))
            for s in services
        ]
    )
    Service.languages.through.objects.bulk_create(
        [
            Service.languages.through(service_id=s.pk, language_id=rng.choice(languages))
            for s in services
        ]
    )
