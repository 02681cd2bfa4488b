"""Benchmark: median server time per wegwijzer step with the demo data (budget: 30 ms).

Also counts each step's SQL queries in one more walk after the timed ones (budget: 15, issue 7);
counting is kept out of the timed walks, as recording queries costs time itself.

Walks the demo route (carer, 65+, health and debts, complaint, postcode 6001) through Django's
test client, so the time is the whole request in the server: routing, session, selectors,
templates and the site chrome, without the network. Usage:
  .venv/bin/python bench/wegwijzer_steps.py [--routes N] [--budget MS] [--database PATH]
Without --database it builds a throwaway SQLite database with load_demo (about 30 seconds).
Exits 1 when any step's median or query count is over budget.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

BUDGET_MS = 30.0
QUERY_BUDGET = 15
BASE = "/wegwijzer/"


def _timed(timings, name, call, *args, **kwargs):
    start = time.perf_counter()
    response = call(*args, **kwargs)
    timings[name].append((time.perf_counter() - start) * 1000)
    assert response.status_code in (200, 302), (name, response.status_code)
    return response


def _walk(client, record) -> None:
    """One resident's route; record(name, call, *args) makes and measures each request."""
    from directory.wegwijzer.demo import DEMO_ROUTE

    # Baseline: the site's home page, i.e. what the header, menu and footer cost alone.
    record("(home page, baseline)", client.get, "/")
    record("start", client.get, BASE)
    record("safety", client.get, BASE + "veilig/")
    record("safety (answer)", client.post, BASE + "veilig/", {"gevaar": "nee"})
    for key, data in DEMO_ROUTE:
        record(key, client.get, f"{BASE}vraag/{key}/")
        record(f"{key} (answer)", client.post, f"{BASE}vraag/{key}/", data)
    record("result (first, counts)", client.get, BASE + "uitslag/")
    record("result", client.get, BASE + "uitslag/")


def measure(routes: int, build: bool) -> dict[str, list[float]]:
    """Walk the route `routes` times (after one warm-up); milliseconds per step."""
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)  # also a --database built by an older checkout
    if build:
        call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    timings: dict[str, list[float]] = defaultdict(list)
    for i in range(routes + 1):
        _walk(Client(), partial(_timed, timings if i else defaultdict(list)))
    return timings


def count_queries() -> dict[str, int]:
    """SQL queries per step of one more walk, with the caches as warm as in the timed walks."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts: dict[str, int] = {}

    def counted(name, call, *args):
        with CaptureQueriesContext(connection) as queries:
            call(*args)
        counts[name] = len(queries.captured_queries)

    _walk(Client(), counted)
    return counts


def report(
    timings: dict[str, list[float]], budget: float, queries: dict[str, int]
) -> tuple[bool, list[str]]:
    """One line per step with its median, p90 and queries, and whether all are in budget."""
    lines, ok = [], True
    for name, values in timings.items():
        median = statistics.median(values)
        p90 = sorted(values)[int(len(values) * 0.9) - 1]
        count = queries.get(name, 0)
        over = not name.startswith("(") and (median > budget or count > QUERY_BUDGET)
        ok = ok and not over
        lines.append(
            f"  {name:<24} median {median:6.1f} ms  p90 {p90:6.1f} ms  {count:3d} queries"
            f"{'  OVER' if over else ''}"
        )
    steps = [v for name, v in timings.items() if not name.startswith("(")]
    all_medians = statistics.median([statistics.median(v) for v in steps])
    lines.append(
        f"wegwijzer: median of step medians {all_medians:.1f} ms; budget {budget:.0f} ms and "
        f"{QUERY_BUDGET} queries: "
        f"{'OK' if ok else 'OVER BUDGET'}"
    )
    return ok, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--routes", type=int, default=30)
    parser.add_argument("--budget", type=float, default=BUDGET_MS)
    parser.add_argument("--database", help="an SQLite file that already has the demo loaded")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "steunwijzer.settings.test")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.database or f"{tmp}/bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
        import django

        django.setup()
        timings = measure(args.routes, build=not args.database)
        ok, lines = report(timings, args.budget, count_queries())
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
