"""Profile + candidate services -> ordered, explained result groups. Pure: no database.

The order follows the Wmo 2015 (art. 2.3.2 lid 4): own network and informal help first,
independent client support always, then general provisions, and the municipality's access
point for a tailored provision last. Specific helpers claim their services first, so a service
is shown once, in the group that explains it best.
"""

from dataclasses import dataclass

from directory.wegwijzer.routing import EVERYONE, Profile

# Support line codes of the social map (directory.reference_data.SUPPORT_LINES).
INFORMAL, CLIENT_SUPPORT, SHORT_TERM, ACCESS = (
    "informeel",
    "clientondersteuning",
    "kortdurend",
    "toegang",
)
NETWORK, CARER, INDEPENDENT, COMPLAINT, DEBTS, GENERAL, MUNICIPALITY = (
    "netwerk",
    "mantelzorg",
    "onafhankelijk",
    "bezwaar",
    "schulden",
    "algemeen",
    "gemeente",
)
DISPLAY_ORDER = (NETWORK, CARER, INDEPENDENT, COMPLAINT, DEBTS, GENERAL, MUNICIPALITY)
# The social map has no term for legal help with complaints and objections (social legal
# advice); these word stems in a service's or organisation's name find it.
COMPLAINT_WORDS = ("bezwaar", "klacht", "raadslied", "regels")
DEBT_DOMAIN = "geldzaken-en-schulden"
CARE_DOMAIN, CARER_GROUP = "mantelzorg", "mantelzorgers"
LIMITS = {NETWORK: 3, CARER: 2, INDEPENDENT: 2, COMPLAINT: 2, DEBTS: 2, GENERAL: 2, MUNICIPALITY: 2}


@dataclass(frozen=True)
class Candidate:
    """What matching needs to know of one public service."""

    pk: int
    name: str
    line: str
    independent: bool = False
    municipal: bool = False
    domains: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset({EVERYONE})
    languages: frozenset[str] = frozenset()
    min_age: int | None = None
    max_age: int | None = None
    words: str = ""  # lower-case name and organisation name


@dataclass(frozen=True)
class Item:
    pk: int
    because: tuple[str, ...]  # labels of the resident's answers that made it fit


@dataclass(frozen=True)
class Group:
    kind: str
    because: tuple[str, ...]  # labels of the answers that made this group appear
    items: tuple[Item, ...]


def group_kinds(profile: Profile) -> tuple[str, ...]:
    """Which groups the resident sees, in the legal order."""
    wanted = {NETWORK, INDEPENDENT, GENERAL, MUNICIPALITY}
    if profile.for_whom == "carer" or CARER_GROUP in profile.groups:
        wanted.add(CARER)
    if profile.complaint:
        wanted.add(COMPLAINT)
    if DEBT_DOMAIN in profile.domains:
        wanted.add(DEBTS)
    return tuple(k for k in DISPLAY_ORDER if k in wanted)


def _fits_person(c: Candidate, profile: Profile) -> bool:
    groups = profile.groups | ({CARER_GROUP} if profile.for_whom == "carer" else set())
    if not c.groups & groups:
        return False
    span = profile.age_range
    if span is None:
        return True
    low, high = c.min_age or 0, c.max_age if c.max_age is not None else 120
    return low <= span[1] and high >= span[0]


def _fits_domains(c: Candidate, profile: Profile) -> bool:
    return not profile.domains or bool(c.domains & profile.domains)


def _accepts(kind: str, c: Candidate, profile: Profile) -> bool:
    if not _fits_person(c, profile):
        return False
    if kind == NETWORK:
        return c.line == INFORMAL and _fits_domains(c, profile)
    if kind == CARER:
        return CARE_DOMAIN in c.domains and CARER_GROUP in c.groups and c.line != ACCESS
    if kind == INDEPENDENT:
        return c.line == CLIENT_SUPPORT and c.independent
    if kind == COMPLAINT:
        return (
            c.line == CLIENT_SUPPORT
            and c.independent
            and any(w in c.words for w in COMPLAINT_WORDS)
        )
    if kind == DEBTS:
        return DEBT_DOMAIN in c.domains and not c.municipal
    if kind == GENERAL:
        return c.line == SHORT_TERM and _fits_domains(c, profile)
    return c.line == ACCESS and c.municipal


def _because(c: Candidate, profile: Profile) -> tuple[str, ...]:
    facts = [f"domain:{d}" for d in sorted(c.domains & profile.domains)]
    facts += [f"group:{g}" for g in sorted(c.groups & profile.groups) if g != EVERYONE]
    if profile.language and profile.language in c.languages:
        facts.append("language")
    return profile.labels(*facts)


def _rank(c: Candidate, profile: Profile) -> tuple:
    specific = len((c.groups & profile.groups) - {EVERYONE})
    speaks = bool(profile.language) and profile.language in c.languages
    return (-len(c.domains & profile.domains), -specific, not speaks, c.name, c.pk)


def _group_because(kind: str, profile: Profile) -> tuple[str, ...]:
    facts = {
        NETWORK: ("network",),
        CARER: ("for_whom", f"group:{CARER_GROUP}"),
        INDEPENDENT: ("wants_independent", "complaint"),
        COMPLAINT: ("complaint",),
        DEBTS: (f"domain:{DEBT_DOMAIN}",),
    }.get(kind, ())
    if kind == CARER and profile.for_whom != "carer":
        facts = (f"group:{CARER_GROUP}",)
    return profile.labels(*facts)


# Specific helpers choose first, so each service lands in the group that explains it best.
CLAIM_ORDER = (COMPLAINT, CARER, DEBTS, INDEPENDENT, NETWORK, GENERAL, MUNICIPALITY)


def results_arrange(profile: Profile, candidates: list[Candidate]) -> tuple[Group, ...]:
    """The groups to show, in display order, each with its best-fitting services."""
    kinds = group_kinds(profile)
    ranked = sorted(candidates, key=lambda c: _rank(c, profile))
    taken: set[int] = set()
    chosen: dict[str, tuple[Item, ...]] = {}
    for kind in (k for k in CLAIM_ORDER if k in kinds):
        order = ranked
        if kind == COMPLAINT:  # a service named for complaints beats one whose organisation is
            order = sorted(
                ranked, key=lambda c: not any(w in c.name.lower() for w in COMPLAINT_WORDS)
            )
        reason = _group_because(kind, profile) if kind in (CARER, COMPLAINT, DEBTS) else ()
        items = []
        for c in order:
            if len(items) >= LIMITS[kind]:
                break
            if c.pk not in taken and _accepts(kind, c, profile):
                items.append(Item(c.pk, tuple(dict.fromkeys(reason + _because(c, profile)))))
                taken.add(c.pk)
        chosen[kind] = tuple(items)
    return tuple(Group(k, _group_because(k, profile), chosen[k]) for k in kinds)
