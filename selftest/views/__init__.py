"""Views of the self-test: thin, the selectors and services do the work."""
