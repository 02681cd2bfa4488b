"""Benchmark: time the PDF of a complete self-test report (budget: under 2 seconds).

Runs against a throwaway SQLite database with the demo question set and a fully answered
assessment. Usage: .venv/bin/python bench/selftest_pdf.py [--runs N] [--budget SECONDS]
Exits 1 when the median is over budget.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BUDGET_SECONDS = 2.0


def measure(runs: int) -> list[float]:
    """Build a complete report's PDF `runs` times (after one warm-up) and return the seconds."""
    from django.core.management import call_command
    from django.test import RequestFactory
    from django.utils import translation

    from selftest import exports, selectors
    from selftest.models import Assessment
    from selftest.views.reports import report_context

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    translation.activate("nl")
    assessment = Assessment.objects.get(council__name="Wmo-raad Weert (demo)", year=2025)
    base_url = RequestFactory().get("/").build_absolute_uri("/")
    timings = []
    for i in range(runs + 1):
        start = time.perf_counter()
        data = selectors.assessment_data(assessment=assessment)
        context = report_context(assessment, data, benchmark=selectors.benchmark_per_theme())
        pdf = exports.to_pdf(context, base_url=base_url)
        elapsed = time.perf_counter() - start
        if i:  # the first run imports WeasyPrint and loads fonts
            timings.append(elapsed)
    assert pdf.startswith(b"%PDF")
    return timings


def verdict(timings: list[float], budget: float) -> tuple[bool, str]:
    """Whether the median is within budget, and a one-line report."""
    median = statistics.median(timings)
    ok = median < budget
    return ok, (
        f"selftest PDF: median {median:.3f}s, min {min(timings):.3f}s, "
        f"max {max(timings):.3f}s over {len(timings)} runs; budget {budget:.1f}s: "
        f"{'OK' if ok else 'OVER BUDGET'}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--budget", type=float, default=BUDGET_SECONDS)
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "steunwijzer.settings.test")
        import django

        django.setup()
        ok, line = verdict(measure(args.runs), args.budget)
    print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
