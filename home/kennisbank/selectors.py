"""Reads for the Kennisbank: the finder with facet counts, related and current publications."""

from dataclasses import dataclass, field

from django.db.models import F, QuerySet, Window, prefetch_related_objects
from django.db.models.functions import RowNumber
from django.http import QueryDict
from django.utils.translation import gettext as _
from wagtail.models import Page

from home.kennisbank.cache import filter_state, finder_cached
from home.kennisbank.facets import Facet, facets_total, publication_facets
from home.kennisbank.filters import SORT_CHOICES, PublicationFilter
from home.kennisbank.text_search import publications_matching
from home.models import KennisbankPage, PublicationPage
from home.pagination import PageResult, paginate
from home.selectors import MAX_QUERY_LENGTH, search_words

PER_PAGE = 10


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
    if not kennisbank.numchild:
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

    live = base = publications_live(kennisbank=kennisbank)
    ranked_ids = matching_ids = None
    if query:
        matches = publications_matching(base, words)
        base, ranked_ids, matching_ids = matches.queryset, matches.ranked_ids, matches.ids

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

    state = filter_state(filterset)
    facets = publication_facets(
        kennisbank_pk=kennisbank.pk,
        words=words,
        state=state,
        live=live,
        matching_ids=matching_ids,
    )
    results = filterset.qs.select_related("kind", "publisher")
    page_number = params.get("pagina")
    if sort == "relevantie" and ranked_ids is not None:

        def build() -> list[int]:
            # The search engine ranks; keep its order for what the filters let through.
            allowed = set(results.order_by().values_list("pk", flat=True))
            return [pk for pk in ranked_ids() if pk in allowed]

        ordered = finder_cached(
            "relevance", kennisbank_pk=kennisbank.pk, words=words, state=state, build=build
        )
        page = _relevance_page(results, ordered=ordered, page_number=page_number)
    else:
        order = ("title",) if sort == "titel" else ("-publication_date", "title")
        ordered_results = _Counted(results.order_by(*order), facets_total(facets))
        page = paginate(ordered_results, page_number=page_number, per_page=PER_PAGE)
    return Finder(
        results=page, facets=facets, query=query, sort=sort, filterset=filterset, messages=messages
    )


class _Counted:
    """Ordered results whose number is known already, so the paginator need not count them."""

    def __init__(self, queryset: QuerySet, count: int):
        self.queryset = queryset
        self._count = count

    def count(self) -> int:
        return self._count

    def __getitem__(self, index):
        return self.queryset[index]


def _relevance_page(results: QuerySet, *, ordered: list[int], page_number) -> PageResult:
    page = paginate(ordered, page_number=page_number, per_page=PER_PAGE)
    by_pk = results.in_bulk(list(page.page.object_list))
    page.page.object_list = [by_pk[pk] for pk in page.page.object_list if pk in by_pk]
    return page


def publication_related(*, publication: PublicationPage) -> list[PublicationPage]:
    """The live publications an editor linked to this one, with what their cards show."""
    links = publication.related_links.select_related("target__kind", "target__publisher")
    return [link.target for link in links.all() if link.target.live]


def publication_load_facts(*, publication: PublicationPage) -> None:
    """Load a served publication's kind, publisher, document, themes and audiences at once.

    The template and the structured data both read them: three queries instead of one per
    relation and reader. Not for previews, whose unsaved choices live on the instance.
    """
    facts = (
        PublicationPage.objects.select_related("kind", "publisher", "document")
        .only("kind", "publisher", "document")
        .get(pk=publication.pk)
    )
    publication.kind, publication.publisher = facts.kind, facts.publisher
    publication.document = facts.document
    prefetch_related_objects([publication], "themes", "audiences")


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
