"""A plain text progress bar for management commands (no extra dependency)."""

from collections.abc import Callable
from typing import TextIO


def progress_bar(out: TextIO, label: str, width: int = 30) -> Callable[[int, int], None]:
    """A callback(done, total) that redraws one line, and ends it when done."""

    def update(done: int, total: int) -> None:
        filled = width * done // total if total else width
        out.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            out.write("\n")
        out.flush()

    return update
