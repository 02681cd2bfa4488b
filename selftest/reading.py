"""Kennisbank publications to read next to a report's points for improvement.

The self-test depends on the Kennisbank (home), never the other way round.
"""

from wagtail.models import Page

from home.kennisbank.selectors import publications_for_themes
from home.models import PublicationPage
from selftest.models import ReadMore
from selftest.report import AssessmentData

PER_THEME = 3


def reading_per_theme(*, data: AssessmentData, root: Page | None) -> dict[str, list]:
    """Per theme with points to improve: pinned current publications first, then the newest.

    Only current (not outdated), live publications; at most three per theme.
    """
    themes = [block for block in data.themes if block.improvements]
    if not themes:
        return {}
    codes = {row.question.code for block in themes for row in block.improvements}
    pins = (
        ReadMore.objects.filter(
            question_code__in=codes, publication__live=True, publication__is_outdated=False
        )
        .select_related("publication", "publication__kind", "publication__publisher")
        .order_by("sort_order", "pk")
    )
    if root is not None:
        pins = pins.filter(publication__path__startswith=root.path)
    pinned_by_code: dict[str, list[PublicationPage]] = {}
    for pin in pins:
        pinned_by_code.setdefault(pin.question_code, []).append(pin.publication)

    newest = publications_for_themes(
        theme_slugs=[block.key for block in themes], root=root, limit=PER_THEME * 2
    )
    reading = {}
    for block in themes:
        chosen: list[PublicationPage] = []
        for row in block.improvements:
            for publication in pinned_by_code.get(row.question.code, []):
                if publication not in chosen:
                    chosen.append(publication)
        chosen += [p for p in newest.get(block.key, []) if p not in chosen]
        reading[block.key] = chosen[:PER_THEME]
    return reading
