"""Reads for the wegwijzer: the site's area, postcodes, emergency numbers and the results."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.geocoding import geocoder, parse_pc4
from directory.models import DirectoryPage, Location, Municipality, Service
from directory.search.database import public_services
from directory.selectors import service_url
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
class ResultItem:
    service: Service
    url: str
    because: tuple[str, ...]


@dataclass(frozen=True)
class ResultGroup:
    kind: str
    because: tuple[str, ...]
    items: tuple[ResultItem, ...]

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
    """The site's emergency contact first, then its numbers (or the national ones)."""
    # The header already loaded the site's settings for this request; reuse them.
    settings = chrome_for_request(request).settings
    phones = []
    rows = list(settings.emergency_numbers.all()) if settings and settings.pk else []
    if rows:
        phones += [Phone(r.label, r.phone, r.description) for r in rows]
    else:
        phones += [Phone(label, phone, str(text)) for label, phone, text in NATIONAL_NUMBERS]
    if settings and settings.emergency_contact_phone:
        phones.append(
            Phone(
                settings.emergency_contact_label or _("Noodcontact van de gemeente"),
                settings.emergency_contact_phone,
            )
        )
    return phones


def guide_directory_page(*, page) -> DirectoryPage | None:
    """The social map of the same site and language, for links and the site's area."""
    return (
        DirectoryPage.objects.live()
        .sibling_of(page, inclusive=False)
        .filter(locale_id=page.locale_id)
        .prefetch_related(Prefetch("municipalities", queryset=Municipality.objects.only("code")))
        .first()
    )


def municipality_for_postcode(*, postcode: str) -> Municipality | None:
    """The municipality of a Dutch postcode (4 digits are enough), from the shipped table."""
    if parse_pc4(postcode) is None:
        return None
    located = geocoder().locate(postcode=postcode)
    if located is None:
        return None
    return Municipality.objects.filter(pk=located.municipality_id).first()


def _candidate(service: Service) -> matching.Candidate:
    org = service.organisation
    return matching.Candidate(
        pk=service.pk,
        name=service.name,
        line=service.support_line.slug,
        independent=org.is_independent,
        municipal=org.is_municipal,
        domains=frozenset(t.slug for t in service.life_domains.all()),
        groups=frozenset(t.slug for t in service.target_groups.all()),
        languages=frozenset(t.slug for t in service.languages.all()),
        min_age=service.min_age,
        max_age=service.max_age,
        words=f"{service.name} {org.name}".lower(),
    )


def guide_results(*, page, profile: Profile, request) -> Results:
    """Explained groups of services of the resident's municipality (or the site's area)."""
    directory = guide_directory_page(page=page)
    scope = [m.code for m in directory.municipalities.all()] if directory else []
    municipality = None
    if profile.municipality:
        municipality = Municipality.objects.filter(code=profile.municipality).first()
    outside = bool(municipality and scope and municipality.code not in scope)
    codes = [municipality.code] if municipality and not outside else scope
    lines = [matching.INFORMAL, matching.CLIENT_SUPPORT, matching.SHORT_TERM, matching.ACCESS]
    qs = public_services().filter(support_line__slug__in=lines)
    if codes:
        qs = qs.filter(covered_municipalities__code__in=codes)
    services = {
        s.pk: s
        for s in qs.distinct()
        .select_related("organisation", "support_line")
        .prefetch_related(
            "life_domains",
            "target_groups",
            "languages",
            Prefetch("locations", queryset=Location.objects.order_by("name")),
        )
    }
    groups = matching.results_arrange(profile, [_candidate(s) for s in services.values()])
    return Results(
        groups=tuple(
            ResultGroup(
                g.kind,
                g.because,
                tuple(
                    ResultItem(
                        services[i.pk],
                        service_url(page=directory, service=services[i.pk], request=request)
                        if directory
                        else "",
                        i.because,
                    )
                    for i in g.items
                ),
            )
            for g in groups
        ),
        municipality=municipality,
        outside_area=outside,
    )
