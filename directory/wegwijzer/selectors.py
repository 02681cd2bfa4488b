"""Reads for the wegwijzer: the site's area, postcodes, emergency numbers and the results.

What editors change (the site's social map and area, the services and their terms, the
municipalities) is kept in the cache under the page cache's generation, so a result page reads
no social-map rows once warm; saving a service, organisation or location, publishing a page or
changing the settings starts a new generation. Never kept: anything of a resident. Keys name a
guide page, an area (CBS codes) or a service, and every value is the same for every visitor.
"""

import hashlib
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from steunwijzer.ops.cache import cached, cached_many, generation

from directory.geocoding import geocoder, parse_pc4
from directory.models import DirectoryPage, Municipality, Service
from directory.search.database import public_services
from directory.selectors import detail_url
from directory.wegwijzer import matching
from directory.wegwijzer.routing import Profile
from directory.wegwijzer.texts import GROUP_TEXTS, GROUP_TITLES
from home.chrome import chrome_for_request

# Shown when a site has not filled in its own emergency numbers: safety never shows nothing.
NATIONAL_NUMBERS = (
    ("112", "112", gettext_lazy("Levensgevaar, brand of een misdrijf dat nu gebeurt.")),
    (
        "Veilig Thuis",
        "0800-2000",
        gettext_lazy("Huiselijk geweld of kindermishandeling. Gratis, dag en nacht."),
    ),
    (
        "113 Zelfmoordpreventie",
        "0800-0113",
        gettext_lazy("Praten over gedachten aan zelfdoding. Gratis, dag en nacht."),
    ),
)


@dataclass(frozen=True)
class Phone:
    label: str
    phone: str
    description: str = ""

    @property
    def href(self) -> str:
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}"


@dataclass(frozen=True)
class Card:
    """What the result page and the PDF show of one service: plain data, cached per service."""

    pk: int
    slug: str
    name: str
    organisation_name: str
    short_description: str
    phone: str
    email: str
    website: str
    is_free: bool
    referral_required: bool
    offers_home_visit: bool

    @classmethod
    def of(cls, service: Service) -> "Card":
        return cls(
            pk=service.pk,
            slug=service.slug,
            name=service.name,
            organisation_name=service.organisation.name,
            short_description=service.short_description,
            phone=service.contact_phone,
            email=service.contact_email,
            website=service.contact_website,
            is_free=service.is_free,
            referral_required=service.referral_required,
            offers_home_visit=service.offers_home_visit,
        )

    @property
    def phone_href(self) -> str:
        return "tel:" + self.phone.replace(" ", "").replace("-", "")


def quoted(labels: tuple[str, ...]) -> str:
    """The resident's answers as a result quotes them: “a”, “b” (escaped by the template)."""
    return ", ".join(f"“{label}”" for label in labels)


@dataclass(frozen=True)
class ResultItem:
    service: Card
    url: str
    because: tuple[str, ...]

    @property
    def because_quoted(self) -> str:
        return quoted(self.because)


@dataclass(frozen=True)
class ResultGroup:
    kind: str
    because: tuple[str, ...]
    items: tuple[ResultItem, ...]

    @property
    def because_quoted(self) -> str:
        return quoted(self.because)

    @property
    def title(self) -> str:
        return str(GROUP_TITLES[self.kind])

    @property
    def text(self) -> str:
        return str(GROUP_TEXTS[self.kind])


@dataclass(frozen=True)
class Results:
    groups: tuple[ResultGroup, ...]
    municipality: Municipality | None
    outside_area: bool  # the resident's municipality is not served by this site


def emergency_numbers(*, request) -> list[Phone]:
    """The site's emergency numbers (or the national ones), then its own emergency contact."""
    # The header already has the site's settings for this request (cached); reuse them.
    chrome = chrome_for_request(request)
    if chrome.emergency_numbers:
        phones = [Phone(n.label, n.phone, n.description) for n in chrome.emergency_numbers]
    else:
        phones = [Phone(label, phone, str(text)) for label, phone, text in NATIONAL_NUMBERS]
    if chrome.emergency_contact:
        phones.append(
            Phone(
                chrome.emergency_contact.label or _("Noodcontact van de gemeente"),
                chrome.emergency_contact.phone,
            )
        )
    return phones


def _cached(key: str, build, *, gen: int):
    """What `build()` returns, kept under this key in generation `gen` (None is kept too)."""
    return cached(f"wegwijzer:{key}", build, in_generation=gen)


def guide_directory_page(*, page) -> DirectoryPage | None:
    """The social map of the same site and language, for links and the site's area."""
    return (
        DirectoryPage.objects.live()
        .sibling_of(page, inclusive=False)
        .filter(locale_id=page.locale_id)
        .first()
    )


def directory_codes(*, directory: DirectoryPage | None) -> list[str]:
    """CBS codes of the municipalities the site's social map serves; empty means all."""
    if directory is None:
        return []
    through = DirectoryPage.municipalities.through
    return list(
        through.objects.filter(directorypage_id=directory.pk).values_list(
            "municipality__code", flat=True
        )
    )


def municipality_for_postcode(*, postcode: str) -> Municipality | None:
    """The municipality of a Dutch postcode (4 digits are enough), from the shipped table."""
    if parse_pc4(postcode) is None:
        return None
    located = geocoder().locate(postcode=postcode)
    if located is None:
        return None
    return Municipality.objects.filter(pk=located.municipality_id).first()


def _candidates(qs) -> list[matching.Candidate]:
    """Plain rows, not model instances: the map can have hundreds of services per area."""
    rows = list(
        qs.values_list(
            "pk",
            "name",
            "support_line__slug",
            "organisation__is_independent",
            "organisation__is_municipal",
            "organisation__name",
            "min_age",
            "max_age",
        ).distinct()
    )
    ids = [row[0] for row in rows]
    terms: dict[str, dict[int, set[str]]] = {}
    for name, field in (
        ("domains", "lifedomain"),
        ("groups", "targetgroup"),
        ("langs", "language"),
    ):
        through = {"domains": Service.life_domains, "groups": Service.target_groups}.get(
            name, Service.languages
        ).through
        found: dict[int, set[str]] = {}
        for service_id, slug in through.objects.filter(service_id__in=ids).values_list(
            "service_id", f"{field}__slug"
        ):
            found.setdefault(service_id, set()).add(slug)
        terms[name] = found
    return [
        matching.Candidate(
            pk=pk,
            name=name,
            line=line,
            independent=independent,
            municipal=municipal,
            domains=frozenset(terms["domains"].get(pk, ())),
            groups=frozenset(terms["groups"].get(pk, ())),
            languages=frozenset(terms["langs"].get(pk, ())),
            min_age=min_age,
            max_age=max_age,
            words=f"{name} {org_name}".lower(),
        )
        for pk, name, line, independent, municipal, org_name, min_age, max_age in rows
    ]


def _area(*, page, gen: int) -> tuple[DirectoryPage | None, list[str]]:
    """The guide's social map and the CBS codes it serves (cached)."""

    def build():
        directory = guide_directory_page(page=page)
        return directory, directory_codes(directory=directory)

    return _cached(f"area:{page.pk}", build, gen=gen)


def _municipality(*, code: str, gen: int) -> Municipality | None:
    """The municipality with this CBS code (cached), or None."""
    if not code:
        return None
    if not re.fullmatch(r"[A-Za-z0-9]{1,10}", code):
        # Not a code (the answers come from the resident): no cache key made of it.
        return Municipality.objects.filter(code=code).first()
    return _cached(
        f"municipality:{code}", lambda: Municipality.objects.filter(code=code).first(), gen=gen
    )


def _area_candidates(*, codes: list[str], gen: int) -> list[matching.Candidate]:
    """The public services of these municipalities (all when empty) that matching may show."""

    def build():
        lines = [matching.INFORMAL, matching.CLIENT_SUPPORT, matching.SHORT_TERM, matching.ACCESS]
        qs = public_services().filter(support_line__slug__in=lines)
        if codes:
            qs = qs.filter(covered_municipalities__code__in=codes)
        return _candidates(qs)

    area = hashlib.sha256(",".join(sorted(codes)).encode()).hexdigest()[:20]
    return _cached(f"candidates:{area}", build, gen=gen)


def _cards(*, pks: list[int], gen: int) -> dict[int, Card]:
    """The shown services, from the cache; the missing ones in one query."""

    def load(missing: list[int]) -> dict[int, Card]:
        found = Service.objects.select_related("organisation").in_bulk(missing)
        return {pk: Card.of(service) for pk, service in found.items()}

    return cached_many({pk: f"wegwijzer:service:{pk}" for pk in pks}, load, in_generation=gen)


def guide_results(*, page, profile: Profile, request) -> Results:
    """Explained groups of services of the resident's municipality (or the site's area)."""
    gen = generation()
    directory, scope = _area(page=page, gen=gen)
    municipality = _municipality(code=profile.municipality, gen=gen)
    outside = bool(municipality and scope and municipality.code not in scope)
    codes = [municipality.code] if municipality and not outside else scope
    groups = matching.results_arrange(profile, _area_candidates(codes=codes, gen=gen))
    services = _cards(pks=[item.pk for group in groups for item in group.items], gen=gen)
    # The social map's address once, not per service.
    base = (directory.get_url(request) or "/") if directory else ""

    def url(service: Card) -> str:
        if not directory:
            return ""
        return detail_url(page=directory, base=base, pk=service.pk, slug=service.slug)

    return Results(
        groups=tuple(
            ResultGroup(
                g.kind,
                g.because,
                # A service deleted while its candidates were cached is left out, not a 500.
                tuple(
                    ResultItem(services[i.pk], url(services[i.pk]), i.because)
                    for i in g.items
                    if i.pk in services
                ),
            )
            for g in groups
        ),
        municipality=municipality,
        outside_area=outside,
    )
