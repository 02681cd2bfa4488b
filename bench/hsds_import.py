"""HSDS import of N services into an empty database (budget: 10,000 in under a minute).

    .venv/bin/python bench/hsds_import.py --services 10000

Builds (once) /tmp/steunwijzer-bench-hsds-source-N.sqlite3 with `generate_directory` and exports
it with export_hsds; then, in a fresh /tmp database, times import_hsds --publish of services.json
and of the tabular datapackage.zip, and a second import of the same file (nothing changes).
Each phase runs in its own process, because the database is chosen when Django starts.
Exits 1 when the JSON import is over budget.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_SECONDS = 60.0


def _setup(db: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "steunwijzer.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def phase_source(services: int, out: Path) -> None:
    """Generate N services and export them (skipped when the export exists)."""
    db = Path(f"/tmp/steunwijzer-bench-hsds-source-{services}.sqlite3")  # noqa: S108
    _setup(db)
    from django.core.management import call_command

    fresh = not db.exists() or db.stat().st_size == 0
    call_command("migrate", verbosity=0)
    if fresh:
        call_command("generate_directory", services=services)
    start = time.perf_counter()
    call_command("export_hsds", output=str(out), stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(json.dumps({"export_seconds": round(time.perf_counter() - start, 1)}))


def phase_import(path: Path) -> None:
    """Import into an empty database; then the same file again."""
    db = Path(f"/tmp/steunwijzer-bench-hsds-target-{os.getpid()}.sqlite3")  # noqa: S108
    _setup(db)
    from django.core.management import call_command

    from directory.hsds.importer import Options, import_path
    from directory.reference_data import reference_data_load

    call_command("migrate", verbosity=0)
    reference_data_load()
    start = time.perf_counter()
    report = import_path(path, Options(dry_run=False, publish=True))
    first = time.perf_counter() - start
    assert report.ok and report.written, report.issues[:5]
    start = time.perf_counter()
    again = import_path(path, Options(dry_run=False, publish=True))
    second = time.perf_counter() - start
    assert again.counts["service"].created == 0 and again.counts["service"].changed == 0
    db.unlink()
    print(
        json.dumps(
            {
                "file": path.name,
                "services": report.counts["service"].created,
                "first_seconds": round(first, 1),
                "again_seconds": round(second, 1),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--phase", choices=["source", "import"], default=None)
    parser.add_argument("--path", default="")
    args = parser.parse_args()
    out = Path(f"/tmp/steunwijzer-bench-hsds-export-{args.services}")  # noqa: S108
    if args.phase == "source":
        return phase_source(args.services, out)
    if args.phase == "import":
        return phase_import(Path(args.path))
    me = [sys.executable, __file__, "--services", str(args.services)]
    results = [_run([*me, "--phase", "source"])]
    for name in ("services.json", "datapackage.zip"):
        results.append(_run([*me, "--phase", "import", "--path", str(out / name)]))
    for result in results:
        print(result)
    json_seconds = results[1]["first_seconds"]
    verdict = "within" if json_seconds < BUDGET_SECONDS else "OVER"
    print(f"{args.services} services: JSON import {json_seconds} s, {verdict} budget of 60 s")
    sys.exit(0 if json_seconds < BUDGET_SECONDS else 1)


def _run(command: list[str]) -> dict:
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        sys.exit(done.stdout + done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
