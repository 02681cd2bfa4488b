"""The Kennisbank finder view, served by KennisbankPage's routes."""

from home.kennisbank.filters import SORT_CHOICES
from home.kennisbank.selectors import publication_finder


def finder(request, *, kennisbank):
    """Search and filter publications; every state is in the URL, so it works without JS."""
    result = publication_finder(kennisbank=kennisbank, params=request.GET)
    return kennisbank.render(
        request,
        context_overrides={
            "finder": result,
            "sort_choices": SORT_CHOICES,
            "feed_url": kennisbank.get_url(request) + kennisbank.reverse_subpage("feed"),
        },
    )
