"""Answers + question graph -> where the resident is, and a profile of their situation.

Pure functions on frozen dataclasses: no database, no request. The views store answers as
{question key: chosen option keys}; a postcode question stores the municipality's CBS code,
never the postcode itself.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from directory.wegwijzer.graph import MULTIPLE, POSTCODE, RESULT, SINGLE, Graph, Question

MUNICIPALITY_CODE = re.compile(r"^GM\d{4}$")
SKIPPED = ""  # the answer of a postcode question the resident chose not to fill in
# Age bands an option can set, with the ages they cover and the target group they imply.
AGE_BANDS = {
    "jeugd": (0, 17, "jeugd-en-ouders"),
    "jongvolwassen": (18, 26, "jeugd-en-ouders"),
    "volwassen": (27, 64, ""),
    "oudere": (65, 120, "ouderen"),
}
EVERYONE = "iedereen"

Answers = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Answer:
    question: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class Walk:
    """The route so far: valid answers in order, and the question to answer next."""

    path: tuple[Answer, ...]
    current: str  # a question key, or RESULT when the route is complete
    invalid: tuple[str, ...]  # keys of answers that no longer fit the questionnaire
    total: int  # estimated number of questions on the whole route

    @property
    def complete(self) -> bool:
        return self.current == RESULT

    def position(self, key: str) -> int:
        """1-based number of a question on the route (the current one comes after the path)."""
        for i, answer in enumerate(self.path):
            if answer.question == key:
                return i + 1
        return len(self.path) + 1

    def answered(self, key: str) -> tuple[str, ...] | None:
        return next((a.choices for a in self.path if a.question == key), None)


def is_valid(question: Question, choices: tuple[str, ...]) -> bool:
    """Whether these choices are a complete, allowed answer to the question."""
    if not isinstance(choices, tuple) or not all(isinstance(c, str) for c in choices):
        return False
    if question.kind == POSTCODE:
        return len(choices) == 1 and (
            choices[0] == SKIPPED or bool(MUNICIPALITY_CODE.match(choices[0]))
        )
    if len(choices) != len(set(choices)) or not choices:
        return False
    if question.kind == SINGLE and len(choices) != 1:
        return False
    return question.kind in (SINGLE, MULTIPLE) and all(question.option(c) for c in choices)


def next_key(question: Question, choices: tuple[str, ...]) -> str:
    """Where an answer leads: the first chosen option (in the editor's order) with a branch."""
    for option in question.options:
        if option.key in choices and option.next:
            return option.next
    return question.default_next


def _remaining(graph: Graph, key: str, seen: set[str]) -> int:
    count = 0
    while key != RESULT and key not in seen:
        question = graph.question(key)
        if question is None:
            break
        seen.add(key)
        count += 1
        key = question.default_next
    return count


def walk(graph: Graph, answers: Answers) -> Walk:
    """Follow the answers from the first question until one is missing or does not fit."""
    path: list[Answer] = []
    invalid = []
    seen: set[str] = set()
    key = graph.first.key if graph.first else RESULT
    while key != RESULT:
        question = graph.question(key)
        if question is None or key in seen:  # only in a graph that failed validation
            key = RESULT
            break
        seen.add(key)
        choices = answers.get(key)
        if choices is None:
            break
        if not is_valid(question, choices):
            invalid.append(key)
            break
        path.append(Answer(key, choices))
        key = next_key(question, choices)
    invalid += [k for k in answers if graph.question(k) is None]
    total = len(path) + _remaining(graph, key, set(seen) - {key})
    return Walk(tuple(path), key, tuple(invalid), max(total, 1))


@dataclass(frozen=True)
class Profile:
    """The resident's situation, as far as their answers tell it."""

    domains: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset({EVERYONE})
    for_whom: str = ""
    age_band: str = ""
    network: str = ""
    complaint: bool = False
    wants_independent: bool = False
    language: str = ""
    municipality: str = ""
    # (fact, option label) pairs: which answer set which fact, for "omdat u aangaf ...".
    because: tuple[tuple[str, str], ...] = ()

    def labels(self, *facts: str) -> tuple[str, ...]:
        """The labels of the answers that set any of these facts, without repeats."""
        return tuple(dict.fromkeys(label for fact, label in self.because if fact in facts))

    @property
    def age_range(self) -> tuple[int, int] | None:
        band = AGE_BANDS.get(self.age_band)
        return (band[0], band[1]) if band else None


def profile_build(graph: Graph, walk_result: Walk) -> Profile:
    """Combine the facts of every chosen option on the route; later answers win."""
    domains: set[str] = set()
    groups: set[str] = {EVERYONE}
    scalars: dict[str, object] = {}
    because: list[tuple[str, str]] = []
    for answer in walk_result.path:
        question = graph.question(answer.question)
        if question.kind == POSTCODE:
            scalars["municipality"] = answer.choices[0]
            continue
        for option in question.options:
            if option.key not in answer.choices:
                continue
            facts = option.facts
            domains |= facts.domains
            groups |= facts.groups
            because += [(f"domain:{d}", option.label) for d in facts.domains]
            because += [(f"group:{g}", option.label) for g in facts.groups]
            for name in ("for_whom", "age_band", "network", "language"):
                if getattr(facts, name):
                    scalars[name] = getattr(facts, name)
                    because.append((name, option.label))
            for name in ("complaint", "wants_independent"):
                if getattr(facts, name):
                    scalars[name] = True
                    because.append((name, option.label))
    age_band = str(scalars.get("age_band", ""))
    implied = AGE_BANDS.get(age_band, (0, 0, ""))[2]
    if implied:
        groups.add(implied)
        because.append((f"group:{implied}", dict(because).get("age_band", "")))
    if scalars.get("for_whom") == "carer":
        groups.add("mantelzorgers")
        domains.add("mantelzorg")
        label = dict(because).get("for_whom", "")
        because += [("group:mantelzorgers", label), ("domain:mantelzorg", label)]
    return Profile(
        domains=frozenset(domains),
        groups=frozenset(groups),
        because=tuple(because),
        **{k: v for k, v in scalars.items()},  # type: ignore[arg-type]
    )
