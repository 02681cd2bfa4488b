"""Factories for the wegwijzer: small graphs for the pure tests, and a GuidePage."""

import wagtail_factories

from directory.wegwijzer.graph import RESULT, Facts, Graph, Option, Question
from directory.wegwijzer.models import GuidePage


def opt(key: str, next: str = "", **facts) -> Option:
    """An option whose label is its key, with facts given as keywords."""
    for name in ("domains", "groups"):
        if name in facts:
            facts[name] = frozenset(facts[name])
    return Option(key=key, label=key.capitalize(), facts=Facts(**facts), next=next)


def q(key: str, *options: Option, kind: str = "single", next: str = RESULT) -> Question:
    return Question(key=key, text=f"Vraag {key}?", kind=kind, options=options, default_next=next)


def graph(*questions: Question) -> Graph:
    return Graph(tuple(questions))


def stream_data(g: Graph) -> list[dict]:
    """A Graph as raw StreamField data, so a GuidePage can be built from it."""
    return [
        {
            "type": "question",
            "value": {
                "key": question.key,
                "text": question.text,
                "help_text": question.help_text,
                "kind": question.kind,
                "default_next": question.default_next,
                "options": [
                    {
                        "key": o.key,
                        "label": o.label,
                        "next": o.next,
                        "domains": sorted(o.facts.domains),
                        "groups": sorted(o.facts.groups),
                        "for_whom": o.facts.for_whom,
                        "age_band": o.facts.age_band,
                        "network": o.facts.network,
                        "complaint": o.facts.complaint,
                        "wants_independent": o.facts.wants_independent,
                        "language": o.facts.language,
                    }
                    for o in question.options
                ],
            },
        }
        for question in g.questions
    ]


class GuidePageFactory(wagtail_factories.PageFactory):
    title = "Wegwijzer"
    slug = "wegwijzer"
    intro = "Beantwoord een paar vragen."

    class Meta:
        model = GuidePage
