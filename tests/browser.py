"""Browser fixtures: Playwright for Python driving Debian's Chromium, with axe-core from npm.

Use the `browser_page` fixture with pytest-django's `live_server`, and `assert_accessible(page)`
after each page load. Any request that leaves 127.0.0.1/localhost is blocked and fails the test.
"""

import os
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _missing_browser_reason() -> str | None:
    if not CHROMIUM.exists():
        return "Debian's chromium is not installed (apt-get install chromium)"
    if not AXE.exists():
        return "axe-core is not installed (npm ci)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright for Python is not installed"
    return None


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the session."""
    reason = _missing_browser_reason()
    if reason:
        if os.environ.get("STEUNWIJZER_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    # Django refuses sync ORM calls in threads that run an event loop; Playwright's sync API
    # runs one, so the test thread must be allowed.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    """A fresh page at phone width that blocks and records every non-local request."""
    context = chromium.new_context(viewport={"width": 390, "height": 844}, bypass_csp=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    outside: list[str] = []

    def guard(route):
        host = urlparse(route.request.url).hostname or ""
        if (
            host in LOCAL_HOSTS
            or host.endswith(".localhost")
            or route.request.url.startswith("data:")
        ):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    yield page
    context.close()
    assert not outside, f"requests left the machine: {outside}"


def assert_accessible(page, *, context_name: str = "") -> None:
    """Run axe-core for WCAG 2.0/2.1 A and AA in the page; fail with the violations found."""
    # Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    violations = [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:5])
        for v in result["violations"]
    ]
    where = context_name or page.url
    assert not violations, f"axe violations on {where}:\n" + "\n".join(violations)
