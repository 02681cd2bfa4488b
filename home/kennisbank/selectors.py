"""Reads for the Kennisbank: the finder with facet counts, related and current publications."""

from dataclasses import dataclass, field

from django.db.models import Count, F, QuerySet, Window
from django.db.models.functions import RowNumber
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from home.kennisbank.filters import SORT_CHOICES, PublicationFilter
from home.kennisbank.text_search import publications_matching
from home.models import (
    Audience,
    KennisbankPage,
    PublicationKind,
    PublicationPage,
    Publisher,
    Theme,
)
from home.pagination import PageResult, paginate
from home.selectors import MAX_QUERY_LENGTH, search_words

PER_PAGE = 10
TERM_MODELS = {
    "soort": PublicationKind,
    "doelgroep": Audience,
    "thema": Theme,
    "uitgever": Publisher,
}
FACET_LEGENDS = {
    "soort": gettext_lazy("Soort"),
    "doelgroep": gettext_lazy("Voor wie"),
    "thema": gettext_lazy("Thema"),
    "uitgever": gettext_lazy("Uitgever"),
    "jaar": gettext_lazy("Jaar"),
}


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    legend: str
    options: list[FacetOption]


@dataclass(frozen=True)
class Finder:
    """Everything the finder page shows: one page of results, facets and messages."""

    results: PageResult
    facets: list[Facet]
    query: str
    sort: str
    filterset: PublicationFilter
    messages: list[str] = field(default_factory=list)


def publications_live(*, kennisbank: KennisbankPage) -> QuerySet[PublicationPage]:
    """Published publications below one finder.

    Publications are written in one language and need no translation: a translated finder
    (the English one) lists the publications of its source finder, labelled with their language.
    """
    source = kennisbank
    if not kennisbank.get_children().exists():
        source = kennisbank.get_translations().filter(numchild__gt=0).first() or kennisbank
    return PublicationPage.objects.live().public().descendant_of(source)


def publication_finder(*, kennisbank: KennisbankPage, params: QueryDict) -> Finder:
    """Search, filter, sort and count the publications of one finder."""
    messages: list[str] = []
    raw_query = params.get("q", "")
    if len(raw_query) > MAX_QUERY_LENGTH:
        messages.append(
            _("Uw zoekvraag is lang. We zochten op de eerste %(count)d tekens.")
            % {"count": MAX_QUERY_LENGTH}
        )
    query = search_words(raw_query)
    words = query.split()
    sort = params.get("volgorde") or ("relevantie" if query else "nieuwste")
    if sort not in dict(SORT_CHOICES):
        messages.append(_("Die sortering kennen we niet. We tonen de nieuwste eerst."))
        sort = "nieuwste"

    base = publications_live(kennisbank=kennisbank)
    hits: list[int] = []
    if query:
        base, hits = publications_matching(base, words)

    data = params.copy()
    filterset = PublicationFilter(data, queryset=base)
    if not filterset.is_valid():
        for name, errors in filterset.form.errors.items():
            label = filterset.form.fields[name].label if name in filterset.form.fields else name
            messages.append(
                _("Filter “%(label)s” hebben we niet gebruikt: %(error)s")
                % {"label": label, "error": " ".join(errors)}
            )
            data.pop(name, None)
        filterset = PublicationFilter(data, queryset=base)
        filterset.is_valid()

    results = filterset.qs.select_related("kind", "publisher")
    page = _sorted_page(results, sort=sort, hits=hits, page_number=params.get("pagina"))
    facets = [
        _facet(name, filterset=filterset, data=data, base=base) for name in PublicationFilter.FACETS
    ]
    return Finder(
        results=page, facets=facets, query=query, sort=sort, filterset=filterset, messages=messages
    )


def _sorted_page(results: QuerySet, *, sort: str, hits: list[int], page_number) -> PageResult:
    if sort == "relevantie" and hits:
        # The search engine ranks; keep its order for the publications the filters let through.
        allowed = set(results.values_list("pk", flat=True))
        ordered = [pk for pk in hits if pk in allowed]
        page = paginate(ordered, page_number=page_number, per_page=PER_PAGE)
        by_pk = results.in_bulk(list(page.page.object_list))
        page.page.object_list = [by_pk[pk] for pk in page.page.object_list if pk in by_pk]
        return page
    order = ("title",) if sort == "titel" else ("-publication_date", "title")
    return paginate(results.order_by(*order), page_number=page_number, per_page=PER_PAGE)


def _facet(name: str, *, filterset: PublicationFilter, data: QueryDict, base: QuerySet) -> Facet:
    """Counts per value, with every filter applied except this facet's own (so you can widen).

    Reuses the validated filterset's filters instead of building a FilterSet per facet: forms
    and choice validation cost more than the count queries themselves.
    """
    queryset = base
    for other, value in filterset.form.cleaned_data.items():
        if other != name:
            queryset = filterset.filters[other].filter(queryset, value)
    queryset = queryset.order_by()
    selected = set(data.getlist(name))
    if name == "jaar":
        # Grouped by date and summed per year here: SQLite's year extraction is a Python
        # function called once per row, which costs more than the whole count.
        per_year: dict[int, int] = {}
        for date, n in queryset.values_list("publication_date").annotate(
            n=Count("pk", distinct=True)
        ):
            per_year[date.year] = per_year.get(date.year, 0) + n
        options = [
            FacetOption(str(year), str(year), n, str(year) in selected)
            for year, n in sorted(per_year.items(), reverse=True)
        ]
        return Facet(name, FACET_LEGENDS[name], options)
    field_name = PublicationFilter.FACETS[name]
    counts = dict(queryset.values_list(field_name).annotate(n=Count("pk", distinct=True)))
    options = [
        FacetOption(term.slug, term.label, counts.get(term.slug, 0), term.slug in selected)
        for term in TERM_MODELS[name].objects.all()
        if counts.get(term.slug) or term.slug in selected
    ]
    return Facet(name, FACET_LEGENDS[name], options)


def publication_related(*, publication: PublicationPage) -> list[PublicationPage]:
    """The live publications an editor linked to this one."""
    return [
        link.target
        for link in publication.related_links.select_related("target", "target__kind").all()
        if link.target.live
    ]


def publications_for_themes(
    *, theme_slugs: list[str], root: Page | None = None, limit: int = 3
) -> dict[str, list[PublicationPage]]:
    """Per theme, current (not outdated) publications, newest first; for the self-test report.

    One query for any number of themes: a window function keeps the newest `limit` per theme.
    With a root (the site's home page) only that site's publications count.
    """
    through = PublicationPage.themes.through
    links = through.objects.filter(
        theme__slug__in=theme_slugs,
        publicationpage__live=True,
        publicationpage__is_outdated=False,
    )
    if root is not None:
        links = links.filter(publicationpage__path__startswith=root.path)
    links = (
        links.annotate(
            position=Window(
                RowNumber(),
                partition_by=F("theme_id"),
                order_by=[
                    F("publicationpage__publication_date").desc(),
                    F("publicationpage__title").asc(),
                ],
            )
        )
        .filter(position__lte=limit)
        .select_related("theme", "publicationpage__kind", "publicationpage__publisher")
        .order_by("theme_id", "position")
    )
    result: dict[str, list[PublicationPage]] = {slug: [] for slug in theme_slugs}
    for link in links:
        result[link.theme.slug].append(link.publicationpage)
    return result
