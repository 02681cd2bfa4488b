"""Factories for the social map; taxonomy terms come from the reference data fixture."""

import factory
import wagtail_factories

from directory.models import (
    DirectoryPage,
    LifeDomain,
    Location,
    Municipality,
    Organisation,
    Service,
    SupportLine,
    TargetGroup,
)


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Stichting Test {n}")
    phone = "0495-001234"
    email = factory.Sequence(lambda n: f"info{n}@example.org")
    is_independent = True

    class Meta:
        model = Organisation


class LocationFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Locatie {n}")
    street_address = "Markt 1"
    postcode = "6001 AB"
    city = "Weert"
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(code="GM0988"))
    latitude = 51.2512
    longitude = 5.7059
    wheelchair_access = True

    class Meta:
        model = Location


class ServiceFactory(factory.django.DjangoModelFactory):
    """A live, active service working in Weert, on the client-support line."""

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Dienst {n}")
    short_description = "Hulp bij uw vraag."
    support_line = factory.LazyFunction(
        lambda: SupportLine.objects.get(slug=SupportLine.CLIENT_SUPPORT)
    )
    live = True

    class Meta:
        model = Service
        skip_postgeneration_save = True

    @factory.post_generation
    def setup(self, create, extracted, **kwargs):
        if not create:
            return
        kwargs = {**kwargs, **(extracted or {})}
        # Many-to-many values by code, so tests read like the URL a resident uses.
        self.life_domains.set(
            LifeDomain.objects.filter(slug__in=kwargs.get("domains", ["zorg-en-gezondheid"]))
        )
        self.target_groups.set(
            TargetGroup.objects.filter(slug__in=kwargs.get("groups", ["iedereen"]))
        )
        self.area_municipalities.set(
            Municipality.objects.filter(code__in=kwargs.get("municipalities", ["GM0988"]))
        )
        if "locations" in kwargs:
            self.locations.set(kwargs["locations"])
        if "languages" in kwargs:
            from directory.models import Language

            self.languages.set(Language.objects.filter(slug__in=kwargs["languages"]))
        self.save()


def line(slug: str) -> SupportLine:
    """The support line with this code."""
    return SupportLine.objects.get(slug=slug)


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Sociale kaart"
    slug = "sociale-kaart"
    intro = "Vind hulp dichtbij."

    class Meta:
        model = DirectoryPage
