"""Text normalisation shared by indexing and querying in the database backend.

Lower case, accents folded, Dutch stop words dropped, Snowball (Porter) Dutch stems: the
algorithm of Elasticsearch's "dutch" stemmer, so "Wéért" finds "Weert" and "ouderenadviseurs"
finds "ouderenadviseur" on both backends.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Snowball's Dutch stop word list, trimmed to words a resident never searches for.
DUTCH_STOP_WORDS = frozenset(
    """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er
    maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit
    der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat
    iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder
    ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon
    niets uw iemand geweest andere
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Words the stemmer would split from their family; the same rules go to Elasticsearch's
# stemmer_override filter so both backends agree.
STEM_OVERRIDES = {
    "mantelzorger": "mantelzorg",
    "mantelzorgers": "mantelzorg",
    "vrijwilligers": "vrijwilliger",
    "ouderen": "ouder",
    "schulden": "schuld",
}
WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_TERMS = 12
_stemmer = snowballstemmer.stemmer("dutch_porter")


def fold(text: str) -> str:
    """Lower case without accents: "Súdwest-Fryslân" becomes "sudwest-fryslan"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """The Snowball Dutch stem of one folded word."""
    return STEM_OVERRIDES.get(word) or _stemmer.stemWord(word)


def terms(text: str) -> list[str]:
    """Stemmed search terms of a text, in order, stop words left out."""
    return [stem(w) for w in WORD.findall(fold(text)) if w not in DUTCH_STOP_WORDS]


def index_text(*parts: str) -> str:
    """The stored search text: terms separated and surrounded by spaces, for prefix matching."""
    return " " + " ".join(t for part in parts if part for t in terms(part)) + " "


def query_terms(query: str) -> list[str]:
    """Distinct terms of a resident's query, at most MAX_QUERY_TERMS."""
    seen: list[str] = []
    for term in terms(query):
        if term not in seen:
            seen.append(term)
    return seen[:MAX_QUERY_TERMS]
