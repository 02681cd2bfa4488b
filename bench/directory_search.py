"""Median server time of a social map search: text + two facets + postcode, on SQLite.

    .venv/bin/python bench/directory_search.py --services 10000 [--runs 30]

Builds (once) a throwaway SQLite database in /tmp with N synthetic services, then times the
search page through Django's test client, so template rendering and every query count.
Budget (issue 3): 10,000 services <= 50 ms; 100,000 services <= 250 ms.

Besides wall-clock time it prints the CPU time of the process per request: SQLite runs inside
the process, so on a busy shared machine that is the better estimate of the server time an idle
server would need. The page cache (PAGE_CACHE_SECONDS) is off, so every request is a miss;
the SQL queries of one warm request are counted too (issue 7: at most 15).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = (
    "q=hulp&lijn=clientondersteuning&lijn=informeel&thema=mantelzorg&thema=wonen"
    "&postcode=3511&afstand=25"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    db = Path(f"/tmp/steunwijzer-bench-directory-{args.services}.sqlite3")  # noqa: S108
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "steunwijzer.settings.test")
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    fresh = not db.exists()
    call_command("migrate", verbosity=0)
    if fresh:
        call_command("generate_directory", services=args.services)
    _ensure_site()
    client = Client()
    url = f"/sociale-kaart/?{QUERY}"
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    # Every request clears the query log when it starts: capture from an empty log, and count
    # before the next request.
    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries = len(captured)
    timings, cpu = [], []
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    print(
        f"services={args.services} runs={args.runs} median={statistics.median(timings):.1f} ms "
        f"p90={sorted(timings)[int(args.runs * 0.9) - 1]:.1f} ms "
        f"cpu median={statistics.median(cpu):.1f} ms queries={queries}"
    )


def _ensure_site() -> None:
    from wagtail.models import Locale, Page, Site

    from directory.models import DirectoryPage, Municipality
    from home.models import HomePage

    Locale.objects.get_or_create(language_code="nl")
    home = HomePage.objects.filter(slug="bench").first()
    if home is None:
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Bench", slug="bench", hero_title="Bench")
        )
        Site.objects.all().delete()
        Site.objects.create(
            hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Bench"
        )
    if not DirectoryPage.objects.exists():
        page = home.add_child(instance=DirectoryPage(title="Sociale kaart", slug="sociale-kaart"))
        # A region of the size one site serves: the province of Utrecht.
        page.municipalities.set(Municipality.objects.filter(province="Utrecht"))
        page.save_revision().publish()


if __name__ == "__main__":
    main()
