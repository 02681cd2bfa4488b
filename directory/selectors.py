"""Reads of the social map: search pages, service details, and what editors must look at."""

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from steunwijzer.ops.cache import cached, cached_many

from directory import opening, terms
from directory.filters import FACET_PARAMS, FLAG_PARAMS, Criteria
from directory.geocoding import geocoder, parse_pc4
from directory.hours import LocationHours, location_hours
from directory.models import (
    DirectoryPage,
    ErrorReport,
    ReportStatus,
    Service,
    ServiceStatus,
    SupportLine,
)
from directory.search.base import SORT_DISTANCE, SORT_RELEVANCE, SearchQuery, SearchResult
from directory.search.database import public_services
from directory.search.registry import get_backend
from home.pagination import PageResult, paginate

FLAG_LABELS = {
    "gratis": gettext_lazy("Gratis"),
    "zonder_verwijzing": gettext_lazy("Zonder verwijzing"),
    "rolstoel": gettext_lazy("Toegankelijk met rolstoel"),
    "huisbezoek": gettext_lazy("Komt ook bij u thuis"),
}


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    checked: bool
    input_id: str  # made here: a template spends more on joining two variables per option


@dataclass(frozen=True)
class FacetGroup:
    param: str
    legend: str
    options: list[Option]


@dataclass(frozen=True)
class Card:
    """What a result card shows; plain values, so the template runs no queries."""

    pk: int
    name: str
    organisation: str
    summary: str  # the short description, cut to 160 characters
    line_label: str
    # "informal" or "client_support" get a visible label; other lines none.
    line_kind: str
    is_free: bool
    temporarily_closed: bool
    url: str
    distance_km: float | None
    open_now: bool | None
    coordinates: tuple[str, str] | None  # latitude and longitude for the map, 5 decimals


@dataclass
class SearchPage:
    criteria: Criteria
    results: PageResult
    cards: list[Card]
    facet_groups: list[FacetGroup]
    flag_options: list[Option]
    notices: list[str]
    query_string: str
    near_label: str = ""
    searched: bool = False
    extra: dict = field(default_factory=dict)


def directory_scope(*, page: DirectoryPage) -> tuple[str, ...]:
    """CBS codes of the municipalities this page's site serves; empty means all."""
    return terms.page_terms(page=page).scope


def filter_choices(*, page: DirectoryPage, request=None) -> dict[str, list[tuple[str, str]]]:
    """Allowed values per facet parameter, with labels in the active language."""
    english = translation.get_language() == "en"
    return terms.page_terms(page=page, request=request).choices(english=english)


class _LazyResults:
    """Lets paginate() page through a backend: one search per page asked for."""

    def __init__(self, query: SearchQuery, first_page: int, per_page: int):
        self.query, self.per_page = query, per_page
        self._cache: dict[int, SearchResult] = {}
        self._first = max(0, (first_page - 1) * per_page)

    def result(self, offset: int) -> SearchResult:
        if offset not in self._cache:
            q = SearchQuery(**{**self.query.__dict__, "offset": offset, "limit": self.per_page})
            self._cache[offset] = get_backend().search(q)
        return self._cache[offset]

    def count(self) -> int:
        return self.result(self._first).total

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice):
        result = self.result(window.start or 0)
        return list(result.ids)

    @property
    def last(self) -> SearchResult:
        return next(reversed(self._cache.values()))


def _page_number(raw: str | None) -> int:
    try:
        return max(1, int(raw or "1"))
    except ValueError:
        return 1


def directory_search(
    *,
    page: DirectoryPage,
    criteria: Criteria,
    notices: list[str],
    choices: dict[str, list[tuple[str, str]]],
    page_number: str | None,
    request,
) -> SearchPage:
    """One page of search results with facet counts, for the DirectoryPage."""
    notices = list(notices)
    near, near_label = None, ""
    if criteria.postcode:
        found = geocoder().locate(postcode=criteria.postcode)
        if parse_pc4(criteria.postcode) is None:
            notices.append(
                _(
                    "Vul een postcode in met 4 cijfers, zoals 6001. "
                    "We hebben niet op afstand gezocht."
                )
            )
        elif found is None:
            notices.append(
                _("Postcode %(pc)s kennen we niet. We hebben niet op afstand gezocht.")
                % {"pc": parse_pc4(criteria.postcode)}
            )
        else:
            near, near_label = found.point, found.pc4
    sort = criteria.sort
    if sort == SORT_DISTANCE and near is None:
        if not criteria.postcode:
            notices.append(_("Vul een postcode in om op afstand te sorteren."))
        sort = SORT_RELEVANCE
    query = SearchQuery(
        text=criteria.text,
        **{FACET_PARAMS[p]: v for p, v in criteria.facets.items()},
        **{FLAG_PARAMS[p]: True for p in criteria.flags},
        near=near,
        radius_km=criteria.radius_km,
        sort=sort,
        # The page's municipalities are the choices of the municipality facet.
        scope=tuple(sorted(code for code, _name in choices.get("gemeente", ()))),
    )
    per_page = settings.PAGE_SIZE
    lazy = _LazyResults(query, _page_number(page_number), per_page)
    results = paginate(lazy, page_number=page_number, per_page=per_page)
    result = lazy.last
    cards = cards_for(
        ids=list(result.ids),
        page=page,
        request=request,
        distances=result.distances_km,
        now=timezone.localtime(),
    )
    params = [(k, v) for k, v in request.GET.lists() if k != "pagina" for v in v]
    params = [(k, v) for k, v in params if v != ""]
    return SearchPage(
        criteria=criteria,
        results=results,
        cards=cards,
        facet_groups=_facet_groups(choices, criteria, result),
        flag_options=[
            Option(
                p,
                FLAG_LABELS[p],
                result.flags.get(FLAG_PARAMS[p], 0),
                p in criteria.flags,
                f"f-{p}",
            )
            for p in FLAG_PARAMS
        ],
        notices=notices,
        query_string=urlencode(params),
        near_label=near_label,
        searched=bool(params),
    )


def _facet_groups(choices: dict, criteria: Criteria, result: SearchResult):
    legends = {
        "lijn": _("Soort hulp"),
        "thema": _("Thema"),
        "doelgroep": _("Voor wie"),
        "gemeente": _("Gemeente"),
        "taal": _("Taal"),
    }
    groups = []
    for param, options in choices.items():
        counts = result.facets.get(FACET_PARAMS[param], {})
        chosen = criteria.facets.get(param, ())
        items = [
            Option(value, label, counts.get(value, 0), value in chosen, f"f-{param}-{value}")
            for value, label in options
            if counts.get(value) or value in chosen
        ]
        if items:
            groups.append(FacetGroup(param, legends[param], items))
    order = ["lijn", "thema", "doelgroep", "gemeente", "taal"]
    return sorted(groups, key=lambda g: order.index(g.param))


CARD_FIELDS = (
    "pk",
    "name",
    "slug",
    "organisation__name",
    "short_description",
    "support_line__slug",
    "support_line__name_nl",
    "support_line__name_en",
    "is_free",
    "status",
)
LINE_KINDS = {SupportLine.INFORMAL: "informal", SupportLine.CLIENT_SUPPORT: "client_support"}


@dataclass(frozen=True)
class CardFacts:
    """What a card shows that only editors change: kept in the cache per service."""

    name: str
    slug: str
    organisation: str
    summary: str
    line_nl: str
    line_en: str
    line_kind: str
    is_free: bool
    temporarily_closed: bool
    coordinates: tuple[str, str] | None
    location_ids: tuple[int, ...]


def _card_facts(ids: list[int]) -> dict[int, CardFacts]:
    """The facts of these services' cards in one flat query."""
    rows: dict[int, tuple] = {}
    places: dict[int, list[tuple[int, float | None, float | None]]] = {}
    # One row per service and location (a LEFT JOIN); locations in name order, as on the page.
    for row in (
        Service.objects.filter(pk__in=ids)
        .order_by("locations__name", "locations__id")
        .values_list(*CARD_FIELDS, "locations__id", "locations__latitude", "locations__longitude")
    ):
        *fields, location_id, lat, lon = row
        rows.setdefault(fields[0], tuple(fields))
        if location_id is not None:
            places.setdefault(fields[0], []).append((location_id, lat, lon))
    facts = {}
    for pk, (_pk, name, slug, org, text, line, line_nl, line_en, free, status) in rows.items():
        found = places.get(pk, [])
        point = next(((lat, lon) for _l, lat, lon in found if lat is not None), None)
        facts[pk] = CardFacts(
            name=name,
            slug=slug,
            organisation=org,
            # Cut and formatted here, once per service, instead of by template filters per card.
            summary=Truncator(text).chars(160),
            line_nl=line_nl,
            line_en=line_en,
            line_kind=LINE_KINDS.get(line, ""),
            is_free=free,
            temporarily_closed=status == ServiceStatus.TEMPORARILY_CLOSED,
            coordinates=(f"{point[0]:.5f}", f"{point[1]:.5f}") if point else None,
            location_ids=tuple(location_id for location_id, _lat, _lon in found),
        )
    return facts


def cards_for(
    *, ids: list[int], page: DirectoryPage, request, distances: dict[int, float], now: dt.datetime
) -> list[Card]:
    """Result cards for these services, in this order.

    A card's facts come from the cache (the same services show up in many searches); only the
    distance and "open now" are worked out per search, from one query for the opening hours.
    """
    if not ids:
        return []
    facts = cached_many({pk: f"directory:card:{pk}" for pk in ids}, _card_facts)
    hours = location_hours(
        {loc for fact in facts.values() for loc in fact.location_ids}, around=now.date()
    )
    english = translation.get_language() == "en"
    base = page.get_url(request) or "/"
    moment = now.replace(tzinfo=None)
    cards = []
    for pk in ids:
        fact = facts.get(pk)
        if fact is None:
            continue
        known = [s for s in (hours[loc].schedule for loc in fact.location_ids) if s.is_known]
        cards.append(
            Card(
                pk=pk,
                name=fact.name,
                organisation=fact.organisation,
                summary=fact.summary,
                line_label=fact.line_en if english and fact.line_en else fact.line_nl,
                line_kind=fact.line_kind,
                is_free=fact.is_free,
                temporarily_closed=fact.temporarily_closed,
                url=detail_url(page=page, base=base, pk=pk, slug=fact.slug),
                distance_km=distances.get(pk),
                open_now=any(opening.is_open_at(s, moment) for s in known) if known else None,
                coordinates=fact.coordinates,
            )
        )
    return cards


def detail_url(*, page: DirectoryPage, base: str, pk: int, slug: str) -> str:
    """The detail address of a service below `page`, whose own address (`base`) a page of
    many links reads once."""
    return base + page.reverse_subpage("service_detail", args=(pk, slug or "-"))


def service_url(*, page: DirectoryPage, service: Service, request) -> str:
    """The detail address of a service below a DirectoryPage."""
    return detail_url(
        page=page, base=page.get_url(request) or "/", pk=service.pk, slug=service.slug
    )


def service_for_detail(*, page: DirectoryPage, pk: int) -> Service | None:
    """A published service of this page's area with all it shows, or None."""
    qs = Service.objects.filter(pk=pk, live=True)
    scope = directory_scope(page=page)
    if scope:
        # EXISTS instead of a join: no DISTINCT over every column of the service.
        qs = qs.filter(
            Exists(
                Service.covered_municipalities.through.objects.filter(
                    service_id=OuterRef("pk"), municipality__code__in=scope
                )
            )
        )
    # Labels and opening hours come from detail_facts, in one query each instead of a
    # prefetch per relation.
    return qs.select_related("organisation", "support_line").prefetch_related("locations").first()


@dataclass(frozen=True)
class OtherService:
    name: str
    url: str
    line_label: str


def _other_rows(*, service: Service, page: DirectoryPage, limit: int = 10) -> tuple[tuple, ...]:
    """Other public services of the same organisation in this page's area: id, slug, name and
    line label (in the active language)."""
    qs = public_services().filter(organisation_id=service.organisation_id).exclude(pk=service.pk)
    scope = directory_scope(page=page)
    if scope:
        qs = qs.filter(covered_municipalities__code__in=scope)
    rows = (
        qs.order_by("name", "pk")
        .values_list("pk", "slug", "name", "support_line__name_nl", "support_line__name_en")
        .distinct()[:limit]
    )
    english = translation.get_language() == "en"
    return tuple(
        (pk, slug, name, line_en if english and line_en else line_nl)
        for pk, slug, name, line_nl, line_en in rows
    )


@dataclass(frozen=True)
class DetailFacts:
    """What a service's page shows that only editors change; "open now" is worked out from it
    per request."""

    service: Service  # with its organisation, support line and locations
    labels: terms.ServiceLabels
    hours: dict[int, LocationHours]
    others: tuple[tuple, ...] = ()  # see _other_rows

    @classmethod
    def of(
        cls, service: Service, *, labels: terms.ServiceLabels, page: DirectoryPage | None = None
    ) -> "DetailFacts":
        hours = location_hours({loc.pk for loc in service.locations.all()})
        others = _other_rows(service=service, page=page) if page is not None else ()
        return cls(service, labels, hours, others)


def detail_facts(*, page: DirectoryPage, pk: int) -> DetailFacts | None:
    """The facts of a published service of this page's area, or None.

    Kept in the cache per page, service and language (five queries otherwise); whatever purges
    the page cache (saving a service, its organisation, a location or a term) makes it stale.
    """
    english = translation.get_language() == "en"

    def build() -> DetailFacts | None:
        service = service_for_detail(page=page, pk=pk)
        if service is None:
            return None
        labels = terms.service_labels(service_id=service.pk, english=english)
        return DetailFacts.of(service, labels=labels, page=page)

    return cached(f"directory:detail:{page.pk}:{pk}:{'en' if english else 'nl'}", build)


def services_stale(*, limit: int | None = 10) -> QuerySet[Service]:
    """Services not checked within DIRECTORY_STALE_AFTER_DAYS, oldest first."""
    cutoff = timezone.localdate() - dt.timedelta(days=settings.DIRECTORY_STALE_AFTER_DAYS)
    return (
        Service.objects.filter(Q(last_verified_on__lt=cutoff) | Q(last_verified_on__isnull=True))
        .exclude(status="ended")
        .select_related("organisation")
        .order_by("last_verified_on", "name")[:limit]
    )


def error_reports_open(*, limit: int | None = 10) -> QuerySet[ErrorReport]:
    """Reports editors still have to handle, oldest first."""
    return (
        ErrorReport.objects.filter(status=ReportStatus.OPEN)
        .select_related("service")
        .order_by("created_at")[:limit]
    )


def service_detail_context(*, facts: DetailFacts, request, page: DirectoryPage | None) -> dict:
    """Everything the detail template shows, prepared so it runs no queries of its own."""
    from directory import detail

    service = facts.service
    now = detail.local_now()
    places = list(service.locations.all())
    locations = detail.location_views(places, facts.hours, now)
    known = [v.open_now for v in locations if v.open_now is not None]
    base = (page.get_url(request) or "/") if page is not None else ""
    url = (
        request.build_absolute_uri(
            detail_url(page=page, base=base, pk=service.pk, slug=service.slug)
        )
        if page is not None
        else ""
    )
    return {
        "service": service,
        "page": page,
        "labels": facts.labels,
        "locations": locations,
        "open_now": any(known) if known else None,
        "json_ld": detail.json_ld(service, url, places, facts.hours, facts.labels.municipalities),
        "tel_href": detail.tel_href(service.contact_phone) if service.contact_phone else "",
        "others": [
            OtherService(name, detail_url(page=page, base=base, pk=pk, slug=slug), line)
            for pk, slug, name, line in facts.others
        ],
        "search_url": base,
        "report_url": base + page.reverse_subpage("report_error", args=(service.pk,))
        if page is not None
        else "",
    }
