"""The one interface of the social map's search; every backend passes the contract suite."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from directory.geo import GeoPoint

SORT_RELEVANCE, SORT_DISTANCE, SORT_NAME = "relevantie", "afstand", "naam"
FACET_GROUPS = ("support_lines", "life_domains", "target_groups", "municipalities", "languages")
FLAGS = ("free", "no_referral", "wheelchair", "home_visit")


@dataclass(frozen=True)
class SearchQuery:
    """What a resident asked for, already validated; values are slugs and CBS codes."""

    text: str = ""
    support_lines: tuple[str, ...] = ()
    life_domains: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    free: bool = False
    no_referral: bool = False
    wheelchair: bool = False
    home_visit: bool = False
    near: GeoPoint | None = None
    radius_km: int = 10
    sort: str = SORT_RELEVANCE
    # The site's municipalities: only services working there are found. Empty means all.
    scope: tuple[str, ...] = ()
    offset: int = 0
    limit: int = 10

    def facet_values(self, group: str) -> tuple[str, ...]:
        return getattr(self, group)

    def active_flags(self) -> tuple[str, ...]:
        return tuple(f for f in FLAGS if getattr(self, f))


@dataclass(frozen=True)
class SearchResult:
    """One page of matching service ids, in order, with the total and the facet counts."""

    ids: tuple[int, ...]
    total: int
    # Counts per facet group and value; a group's own selection is ignored for its counts,
    # so a resident sees what ticking another box of the same group would add.
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    flags: dict[str, int] = field(default_factory=dict)
    distances_km: dict[int, float] = field(default_factory=dict)
    backend: str = ""


Progress = Callable[[int, int], None]


class SearchBackend(Protocol):
    """A place that can find services."""

    name: str

    def search(self, query: SearchQuery) -> SearchResult: ...

    def index(self, service_ids: Iterable[int]) -> None: ...

    def unindex(self, service_ids: Iterable[int]) -> None: ...

    def rebuild(self, *, progress: Progress | None = None) -> int: ...
