"""What the in-process benchmarks share: Django on a throwaway SQLite database, and timing.

Imported by the scripts in this folder once they run (`python bench/<script>.py` puts this
folder on the path).
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def django_on_sqlite(db: Path) -> bool:
    """Start Django (test settings, page cache off) on this SQLite file and migrate it, also
    when an older checkout built it. True when the file is new and needs its data."""
    fresh = not db.exists() or db.stat().st_size == 0
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "steunwijzer.settings.test")
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return fresh


def timed(call, *args, **kwargs) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one call. SQLite runs in this process, so on a busy
    shared machine the CPU time is the better estimate of what an idle server would need."""
    start, start_cpu = time.perf_counter(), time.process_time()
    call(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000
