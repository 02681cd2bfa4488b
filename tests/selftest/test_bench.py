"""The PDF benchmark's verdict: over budget fails, within budget passes (no timing here)."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "selftest_pdf.py"
spec = importlib.util.spec_from_file_location("selftest_pdf", SCRIPT)
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_budget_is_two_seconds():
    assert bench.BUDGET_SECONDS == 2.0


def test_median_over_budget_fails():
    ok, line = bench.verdict([1.5, 2.5, 2.6], 2.0)
    assert not ok and "OVER BUDGET" in line and "median 2.500s" in line


def test_median_within_budget_passes():
    ok, line = bench.verdict([0.7, 0.8, 3.0], 2.0)
    assert ok and line.endswith("OK")
