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
import statistics
from pathlib import Path

QUERY = (
    "q=hulp&lijn=clientondersteuning&lijn=informeel&thema=mantelzorg&thema=wonen"
    "&postcode=3511&afstand=25"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from benchdb import django_on_sqlite, timed

    db = Path(f"/tmp/steunwijzer-bench-directory-{args.services}.sqlite3")  # noqa: S108
    fresh = django_on_sqlite(db)
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

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
    timings, cpu = zip(*(timed(client.get, url) for _ in range(args.runs)), strict=True)
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
