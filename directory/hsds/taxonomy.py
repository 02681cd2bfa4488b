"""Our taxonomy as HSDS taxonomies and terms, and mapping foreign terms onto it (no database)."""

import unicodedata
from dataclasses import dataclass
from functools import cached_property

from directory.hsds.ids import shared_id

SUPPORT_LINE, LIFE_DOMAIN, TARGET_GROUP = "ondersteuningslijn", "levensdomein", "doelgroep"
FLAG, ACCESSIBILITY = "kenmerk", "toegankelijkheid"
CLASSIFICATIONS = (SUPPORT_LINE, LIFE_DOMAIN, TARGET_GROUP)

# (code, model field, Dutch name, English name); fixed, because they are fields, not tables.
SERVICE_FLAGS = (
    ("gratis", "is_free", "Gratis", "Free of charge"),
    ("verwijzing-nodig", "referral_required", "Verwijzing of indicatie nodig", "Referral needed"),
    ("telefoon", "offers_phone", "Per telefoon", "By phone"),
    ("e-mail", "offers_email", "Per e-mail", "By e-mail"),
    ("chat", "offers_chat", "Via chat", "By chat"),
    ("binnenlopen", "offers_walk_in", "Binnenlopen", "Walk in"),
    ("huisbezoek", "offers_home_visit", "Komt ook bij u thuis", "Home visits"),
    ("online", "offers_online", "Online", "Online"),
    ("demo", "is_demo", "Demo-inhoud, niet echt", "Demo content, not real"),
)
ORGANISATION_FLAGS = (
    ("gemeentelijk", "is_municipal", "Onderdeel van de gemeente", "Part of the municipality"),
    ("onafhankelijk", "is_independent", "Onafhankelijk", "Independent"),
    ("demo", "is_demo", "Demo-inhoud, niet echt", "Demo content, not real"),
)
ACCESSIBILITY_FEATURES = (
    ("rolstoel", "wheelchair_access", "Toegankelijk met rolstoel", "Wheelchair accessible"),
    ("aangepast-toilet", "accessible_toilet", "Aangepast toilet", "Accessible toilet"),
    ("ringleiding", "hearing_loop", "Ringleiding", "Hearing loop"),
    ("parkeren", "parking", "Parkeren bij de deur", "Parking at the door"),
)
GROUP_TEXTS = {
    SUPPORT_LINE: (
        "Steunwijzer ondersteuningslijnen",
        "Soort hulp in de wettelijke volgorde: eerst informele hulp, dan algemene voorzieningen, "
        "dan de toegang via de gemeente.",
    ),
    LIFE_DOMAIN: ("Steunwijzer levensdomeinen", "Het deel van het leven waar de hulp over gaat."),
    TARGET_GROUP: ("Steunwijzer doelgroepen", "Voor wie de hulp bedoeld is."),
    FLAG: ("Steunwijzer kenmerken", "Ja/nee-kenmerken van aanbod en organisaties."),
    ACCESSIBILITY: ("Steunwijzer toegankelijkheid", "Voorzieningen op een locatie."),
}


@dataclass(frozen=True)
class Term:
    """One term of one of our taxonomies."""

    group: str
    code: str
    name_nl: str
    name_en: str

    @property
    def id(self) -> str:
        return shared_id(f"term:{self.group}:{self.code}")


@dataclass(frozen=True)
class Taxonomy:
    """All our taxonomies' terms; built from the database by selectors.taxonomy_load."""

    terms: tuple[Term, ...]

    def groups(self) -> tuple[str, ...]:
        return (*CLASSIFICATIONS, FLAG, ACCESSIBILITY)

    def in_group(self, group: str) -> list[Term]:
        return [t for t in self.terms if t.group == group]

    def term(self, group: str, code: str) -> Term | None:
        return self._by_code.get((group, code))

    def by_id(self, term_id: str) -> Term | None:
        return self._by_id.get(term_id)

    # cached_property writes to __dict__ directly, which a frozen dataclass allows.
    @cached_property
    def _by_code(self) -> dict[tuple[str, str], Term]:
        return {(t.group, t.code): t for t in self.terms}

    @cached_property
    def _by_id(self) -> dict[str, Term]:
        return {t.id: t for t in self.terms}

    def resolve(self, raw: dict, *, groups: tuple[str, ...] = CLASSIFICATIONS) -> Term | None:
        """Our term for an HSDS taxonomy_term: by id, then taxonomy and code, then unique name."""
        term = self.by_id(str(raw.get("id", "")))
        if term is not None:
            # Our own id is decisive: a term of another group is not a near match.
            return term if term.group in groups else None
        taxonomy = _norm(str(raw.get("taxonomy", "")))
        taxonomy_id = str(raw.get("taxonomy_id", ""))
        code = str(raw.get("code", ""))
        for group in groups:
            if taxonomy_id == taxonomy_id_of(group) or taxonomy in (
                _norm(GROUP_TEXTS[group][0]),
                _norm(group),
            ):
                found = self.term(group, code)
                if found is not None:
                    return found
        name = _norm(str(raw.get("name", "")))
        matches = {t for t in self._by_name.get(name, ()) if t.group in groups}
        # A name shared by two of our terms is ambiguous: better unknown than wrong.
        return matches.pop() if len(matches) == 1 else None

    @cached_property
    def _by_name(self) -> dict[str, list[Term]]:
        out: dict[str, list[Term]] = {}
        for t in self.terms:
            for name in {_norm(t.name_nl), _norm(t.name_en)}:
                out.setdefault(name, []).append(t)
        return out


def taxonomy_id_of(group: str) -> str:
    """The id of one of our taxonomies."""
    return shared_id(f"taxonomy:{group}")


def fixed_terms() -> list[Term]:
    """The terms that are fields of our models: flags and accessibility features."""
    flags = {code: (nl, en) for code, _, nl, en in (*SERVICE_FLAGS, *ORGANISATION_FLAGS)}
    return [Term(FLAG, code, nl, en) for code, (nl, en) in flags.items()] + [
        Term(ACCESSIBILITY, code, nl, en) for code, _, nl, en in ACCESSIBILITY_FEATURES
    ]


def _norm(text: str) -> str:
    """Lower case without accents or surrounding space, so "Cliëntondersteuning" matches."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
