"""The question graph as plain frozen dataclasses, and its validation; no database."""

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

from django.utils.translation import gettext as _

RESULT = "uitslag"  # the special "next question" that ends the route at the result page

SINGLE, MULTIPLE, POSTCODE = "single", "multiple", "postcode"


@dataclass(frozen=True)
class Facts:
    """What choosing an option says about the resident's situation."""

    domains: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    for_whom: str = ""  # "self", "relative" or "carer"
    age_band: str = ""  # see routing.AGE_BANDS
    network: str = ""  # "yes" or "no": someone in the own network can help
    complaint: bool = False
    wants_independent: bool = False
    language: str = ""


@dataclass(frozen=True)
class Option:
    key: str
    label: str
    facts: Facts = field(default_factory=Facts)
    next: str = ""  # empty: the question's default next


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    kind: str = SINGLE
    help_text: str = ""
    options: tuple[Option, ...] = ()
    default_next: str = RESULT

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True)
class Graph:
    questions: tuple[Question, ...]

    @property
    def first(self) -> Question | None:
        return self.questions[0] if self.questions else None

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)

    @cached_property  # a frozen dataclass: worked out once per graph, read on every step
    def fingerprint(self) -> str:
        """Changes whenever a question, option or branch changes, but not for label edits."""
        shape = [
            (q.key, q.kind, q.default_next, [(o.key, o.next, o.facts) for o in q.options])
            for q in self.questions
        ]
        return hashlib.sha256(repr(shape).encode()).hexdigest()[:12]


def targets(question: Question) -> tuple[str, ...]:
    """Every question key (or RESULT) this question can lead to."""
    found = [question.default_next] + [o.next for o in question.options if o.next]
    return tuple(dict.fromkeys(found))


def graph_problems(graph: Graph) -> list[str]:
    """Plain-language problems that stop the graph from routing every resident to a result."""
    problems: list[str] = []
    if not graph.questions:
        return [_("Voeg minstens één vraag toe.")]
    keys = [q.key for q in graph.questions]
    for key in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(_("De code “%(key)s” staat bij meer dan één vraag.") % {"key": key})
    if RESULT in keys:
        problems.append(_("De code “%(key)s” is gereserveerd voor de uitslag.") % {"key": RESULT})
    known = set(keys)
    for q in graph.questions:
        problems.extend(_question_problems(q, known))
    if problems:
        return problems
    problems.extend(_unreachable(graph))
    cycle = _cycle(graph)
    if cycle:
        problems.append(
            _("Deze vragen verwijzen in een kring naar elkaar: %(path)s.")
            % {"path": " → ".join(cycle)}
        )
    return problems


def _question_problems(q: Question, known: set[str]) -> list[str]:
    problems = []
    if q.kind in (SINGLE, MULTIPLE) and not q.options:
        problems.append(_("Vraag “%(key)s” heeft geen antwoorden.") % {"key": q.key})
    option_keys = [o.key for o in q.options]
    if len(set(option_keys)) != len(option_keys):
        problems.append(
            _("Vraag “%(key)s” heeft twee antwoorden met dezelfde code.") % {"key": q.key}
        )
    for target in targets(q):
        if target != RESULT and target not in known:
            problems.append(
                _("Vraag “%(key)s” verwijst naar “%(target)s”, maar die vraag bestaat niet.")
                % {"key": q.key, "target": target}
            )
    return problems


def _unreachable(graph: Graph) -> list[str]:
    seen: set[str] = set()
    stack = [graph.questions[0].key]
    while stack:
        key = stack.pop()
        if key in seen or key == RESULT:
            continue
        seen.add(key)
        stack.extend(targets(graph.question(key)))
    return [
        _("Vraag “%(key)s” wordt nooit gesteld: geen andere vraag verwijst ernaar.")
        % {"key": q.key}
        for q in graph.questions
        if q.key not in seen
    ]


def _cycle(graph: Graph) -> list[str]:
    """One cycle as a list of keys (first key repeated at the end), or an empty list."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(key: str, path: list[str]) -> list[str]:
        if key == RESULT or state.get(key) == 2:
            return []
        if state.get(key) == 1:
            return [*path[path.index(key) :], key]
        state[key] = 1
        for target in targets(graph.question(key)):
            found = visit(target, [*path, key])
            if found:
                return found
        state[key] = 2
        return []

    for q in graph.questions:
        found = visit(q.key, [])
        if found:
            return found
    return []
