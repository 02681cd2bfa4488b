"""Demo content of the self-test: `load` is the app's demo loader."""

from selftest.demo.loader import load

__all__ = ["load"]
