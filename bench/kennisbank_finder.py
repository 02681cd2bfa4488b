"""Median server time of the Kennisbank finder with 5,000 publications, on SQLite.

    .venv/bin/python bench/kennisbank_finder.py [--count 5000] [--runs 30] [--cold | --new-states]

Builds (once) a throwaway SQLite database in /tmp with the demo content site and N synthetic
publications, then times three finder requests through Django's test client (so templates and
every query count): no filters, two facets, and words + a facet. Budget (issue 9): median
under 50 ms. CPU time of the process is printed too: SQLite runs in the process, so on a busy
shared machine it is the better estimate of an idle server's time.

Repeating a URL gets its facet counts (and the site chrome) from the cache, as a visitor who
pages on or comes back does; --cold starts a new cache generation before every request (as
right after a publish), so everything is counted and built again; --new-states asks each
request with a filter state not asked before (chrome warm, facet counts not), as a visitor
trying new filters does.
"""

import argparse
import statistics
from pathlib import Path

REQUESTS = {
    "no filters": "",
    "two facets": "?soort=handreiking&thema=mantelzorg",
    "words + facet": "?q=mantelzorg+ouderen&doelgroep=gemeenten",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--cold", action="store_true", help="a new cache generation per request")
    parser.add_argument(
        "--new-states",
        action="store_true",
        help="every request a filter state not asked before (facet counts not yet cached)",
    )
    args = parser.parse_args()
    from benchdb import django_on_sqlite, timed

    db = Path(f"/tmp/steunwijzer-bench-kennisbank-{args.count}.sqlite3")  # noqa: S108
    fresh = django_on_sqlite(db)
    from django.core.management import call_command
    from django.test import Client
    from steunwijzer.ops.cache import purge_all
    from wagtail.models import Site

    from home.demo import loader
    from home.models import KennisbankPage

    if fresh:
        loader.load(report=lambda line: None)
        call_command("generate_publications", count=args.count)
    base = KennisbankPage.objects.filter(locale__language_code="nl").first().get_url()
    client = Client(HTTP_HOST=Site.objects.get(is_default_site=True).hostname)
    mode = " cold" if args.cold else " new states" if args.new_states else ""
    print(f"publications={args.count} runs={args.runs}{mode}")
    if args.new_states:
        requests = new_state_requests(args.runs)
    else:
        requests = {name: [query] * args.runs for name, query in REQUESTS.items()}
        for query in REQUESTS.values():
            assert client.get(base + query).status_code == 200  # warm up
    for name, queries in requests.items():
        timings, cpu = [], []
        for query in queries:
            if args.cold:
                purge_all()
            wall, cpu_ms = timed(client.get, base + query)
            timings.append(wall)
            cpu.append(cpu_ms)
        p95 = sorted(timings)[max(0, int(0.95 * len(timings)) - 1)]
        print(
            f"  {name:14} median={statistics.median(timings):6.1f} ms  "
            f"cpu median={statistics.median(cpu):6.1f} ms  p95={p95:6.1f} ms  "
            f"({len(queries)} requests)"
        )


# Words of the generated summaries (home/management/commands/generate_publications.py), so each
# search finds publications; with a facet, every one is a filter state not counted before.
NEW_STATE_WORDS = ["zorg", "hulp", "ouderen", "wonen", "geld", "jeugd", "werk", "gesprek"]


def new_state_requests(runs: int) -> dict[str, list[str]]:
    from home.models import Audience, Theme

    themes = list(Theme.objects.values_list("slug", flat=True))
    audiences = list(Audience.objects.values_list("slug", flat=True))
    return {
        "one facet": [f"?doelgroep={a}" for a in audiences][:runs],
        "two facets": [f"?soort=handreiking&thema={t}" for t in themes][:runs],
        "words + facet": [f"?q={w}&doelgroep={a}" for w in NEW_STATE_WORDS for a in audiences[:2]][
            :runs
        ],
    }


if __name__ == "__main__":
    main()
