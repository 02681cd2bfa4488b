"""Pagination that never fails on a bad page number from the URL."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class PageResult:
    """One page of results, plus a message when the requested page did not exist."""

    page: Page
    message: str = ""


def paginate(items, *, page_number: str | None, per_page: int) -> PageResult:
    """Return the requested page; a bad or too large number gives page 1 or the last page."""
    paginator = Paginator(items, per_page)
    raw = (page_number or "1").strip()
    try:
        number = int(raw)
    except ValueError:
        return PageResult(paginator.page(1), _("Dat paginanummer bestaat niet. U ziet pagina 1."))
    if number < 1:
        return PageResult(paginator.page(1), _("Dat paginanummer bestaat niet. U ziet pagina 1."))
    if number > paginator.num_pages:
        return PageResult(
            paginator.page(paginator.num_pages),
            _("Er zijn maar %(count)d pagina's. U ziet de laatste.")
            % {"count": paginator.num_pages},
        )
    return PageResult(paginator.page(number))
