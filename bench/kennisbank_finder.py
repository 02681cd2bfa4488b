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
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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
    db = Path(f"/tmp/steunwijzer-bench-kennisbank-{args.count}.sqlite3")  # noqa: S108
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "steunwijzer.settings.test")
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from steunwijzer.ops.cache import purge_all
    from wagtail.models import Site

    from home.demo import loader
    from home.models import KennisbankPage

    fresh = not db.exists()
    call_command("migrate", verbosity=0)
    if fresh:
        loader.load(report=lambda line: None)
        call_command("generate_publications", count=args.count)
    finder = KennisbankPage.objects.filter(locale__language_code="nl").first()
    site = Site.objects.get(is_default_site=True)
    client = Client(HTTP_HOST=site.hostname)
    print(f"publications={args.count} runs={args.runs}" + (" cold" if args.cold else ""))
    requests = new_state_requests(args.runs) if args.new_states else REQUESTS
    for name, query in requests.items():
        if args.new_states:
            measure_each_once(client, finder.get_url(), name, query)
            continue
        url = finder.get_url() + query
        assert client.get(url).status_code == 200
        timings, cpu = [], []
        for _ in range(args.runs):
            if args.cold:
                purge_all()
            start, start_cpu = time.perf_counter(), time.process_time()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        p95 = sorted(timings)[int(0.95 * len(timings)) - 1]
        print(
            f"  {name:14} median={statistics.median(timings):6.1f} ms  "
            f"cpu median={statistics.median(cpu):6.1f} ms  p95={p95:6.1f} ms"
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


def measure_each_once(client, base: str, name: str, queries: list[str]) -> None:
    """Each query once: what a visitor waits for when nobody asked it since the last publish."""
    timings, cpu = [], []
    for query in queries:
        start, start_cpu = time.perf_counter(), time.process_time()
        assert client.get(base + query).status_code == 200
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    print(
        f"  {name:14} median={statistics.median(timings):6.1f} ms  "
        f"cpu median={statistics.median(cpu):6.1f} ms  ({len(queries)} new states)"
    )


if __name__ == "__main__":
    main()
