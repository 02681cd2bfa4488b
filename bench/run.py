"""`make bench`: the whole site under gunicorn (production settings) measured with wrk.

    .venv/bin/python bench/run.py [--services 10000] [--duration 10] [--port 8765]

Builds (once) a SQLite database in /tmp with the demo content plus N synthetic services,
serves it with gunicorn (2 workers, DEBUG off, SECURE_SSL_REDIRECT=false) on 127.0.0.1 only,
and measures each URL twice: page cache off, then on. Per URL: requests per second at 8
connections, single-connection p50/p95, server CPU per request, SQL queries per request (test
client, cache off), page weight (HTML, gzip, first load with CSS/JS/images), and the throughput
as a ratio to the constant-response ceiling (robots.txt) of the same run. Prints a table and
writes JSON to bench/results/. Needs wrk (apt-get install wrk).
"""

# Runs only this project's own commands (manage.py, gunicorn, wrk) with fixed arguments.
# ruff: noqa: S603

import argparse
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"  # loopback only, never another address
SECRET = "bench-only-secret-key-" + "x" * 40  # a throwaway database on loopback
MEMBER_PASSWORD = "bench-demo-lid-wachtwoord"  # noqa: S105
SEARCH = (
    "/sociale-kaart/?q=hulp&lijn=clientondersteuning&lijn=informeel&thema=mantelzorg"
    "&postcode=6001&afstand=25"
)
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95)))
end
"""


def bench_env(services: int, port: int, page_cache: bool) -> dict:
    base = Path(f"/tmp/steunwijzer-bench-ops-{services}")  # noqa: S108
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "steunwijzer.settings.production",
        "DATABASE_URL": f"sqlite:///{base}.sqlite3",
        "MEDIA_ROOT": f"{base}-media",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
        "PAGE_CACHE_SECONDS": "300" if page_cache else "0",
        "BENCH_PORT": str(port),
    }


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def build(env: dict, services: int) -> None:
    """The fixed dataset: migrate, demo content, N synthetic services; static files."""
    db = Path(env["DATABASE_URL"].removeprefix("sqlite:///"))
    fresh = not db.exists()
    # Every run: a database built by an older checkout gets the newer migrations.
    manage(env, "migrate", "--no-input", "-v", "0")
    if fresh:
        print(f"building {db} (demo + {services} services, a few minutes)…", flush=True)
        with open(os.devnull, "w") as quiet:
            subprocess.run(
                [PYTHON, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True, stdout=quiet
            )
        manage(env, "generate_directory", "--services", str(services))
    manage(env, "collectstatic", "--no-input", "-v", "0")


def prepare(env: dict) -> dict:
    """In a child process with the bench settings: sessions, URLs and SQL query counts."""
    out = subprocess.run(
        [PYTHON, str(Path(__file__).resolve()), "--prepare"],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_SECONDS": "0"},
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _prepare_in_process() -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from directory.models import Service
    from directory.wegwijzer.demo import DEMO_ROUTE
    from selftest.demo.loader import DEMO_EMAIL
    from selftest.models import Assessment

    member = get_user_model().objects.get(username=DEMO_EMAIL)
    member.set_password(MEMBER_PASSWORD)
    member.save()
    council = Client(HTTP_HOST=HOST)
    council.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
    assessment = Assessment.objects.filter(council__name="Wmo-raad Weert (demo)").latest("year")
    resident = Client(HTTP_HOST=HOST)
    service = Service.objects.filter(live=True).order_by("pk").first()
    detail = resident.get(f"/sociale-kaart/{service.pk}/", follow=True).redirect_chain
    detail_url = detail[-1][0] if detail else f"/sociale-kaart/{service.pk}/"
    # Walk the wegwijzer once: a session at a question, and the result's share link.
    guide = Client(HTTP_HOST=HOST)
    guide.post("/wegwijzer/veilig/", {"gevaar": "nee"})
    for key, data in DEMO_ROUTE:
        guide.post(f"/wegwijzer/vraag/{key}/", data)
    result = guide.get("/wegwijzer/uitslag/").content.decode()
    share = re.search(r'(/wegwijzer/gedeeld/\?code=[^"\s<]+)', result)
    urls = {
        "ceiling (robots.txt)": ("/robots.txt", ""),
        "home": ("/", ""),
        "content page": ("/clientondersteuning/", ""),
        "directory search": (SEARCH, ""),
        "service detail": (detail_url, ""),
        "wegwijzer step": ("/wegwijzer/vraag/onderwerp/", guide.cookies["sessionid"].value),
        "wegwijzer result": (share.group(1).replace("&amp;", "&") if share else "", ""),
        "self-test report": (
            f"/zelftest/{assessment.pk}/rapport/",
            council.cookies["sessionid"].value,
        ),
    }
    queries = {}
    for name, (url, session) in urls.items():
        client = Client(HTTP_HOST=HOST)
        if session:
            client.cookies["sessionid"] = session
        client.get(url)  # warm: compiled templates, the site's root paths
        with CaptureQueriesContext(connection) as captured:
            status = client.get(url).status_code
        assert status == 200, (name, url, status)
        queries[name] = len(captured.captured_queries)
    # Services in the region of the default site, for the soak's detail pages.
    scope = Service.objects.filter(live=True, covered_municipalities__code="GM0988").distinct()
    details = [f"/sociale-kaart/{pk}/{slug}/" for pk, slug in scope.values_list("pk", "slug")[:200]]
    print(
        json.dumps(
            {"urls": urls, "queries": queries, "member": member.username, "details": details}
        )
    )


class Server:
    """gunicorn on 127.0.0.1 with 2 workers; stopped on exit."""

    def __init__(self, env: dict, port: int, log: Path):
        self.env, self.port, self.log = env, port, log
        self.process: subprocess.Popen | None = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                str(Path(PYTHON).parent / "gunicorn"),
                "steunwijzer.wsgi",
                "--workers=2",
                f"--bind={HOST}:{self.port}",
                "--max-requests=0",
                "--graceful-timeout=5",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url("/health/"), timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not start; see {self.log}")

    def __exit__(self, *exc):
        if self.process:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)

    def url(self, path: str) -> str:
        return f"http://{HOST}:{self.port}{path}"

    def workers(self) -> list[int]:
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return [int(c) for c in children]

    def cpu_seconds(self) -> float:
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.workers():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        return total / ticks

    def rss_mb(self) -> list[float]:
        result = []
        for pid in self.workers():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    result.append(int(line.split()[1]) / 1024)
        return result


def wrk(url: str, connections: int, duration: int, session: str, script: Path) -> dict:
    command = [
        "wrk",
        f"-t{min(connections, 2)}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout=10s",
        f"--script={script}",
    ]
    if session:
        command += ["-H", f"Cookie: sessionid={session}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    requests, micros, socket_errors, status_errors, p50, p95 = (
        int(v) for v in re.search(r"BENCH (.+)", out).group(1).split()
    )
    return {
        "requests": requests,
        "rps": round(requests / (micros / 1e6), 1),
        "errors": socket_errors + status_errors,
        "p50_ms": round(p50 / 1000, 1),
        "p95_ms": round(p95 / 1000, 1),
    }


def _get(url: str, session: str = "", gzip_ok: bool = False) -> tuple[bytes, dict]:
    request = urllib.request.Request(url)  # noqa: S310 - loopback URL built here
    if session:
        request.add_header("Cookie", f"sessionid={session}")
    if gzip_ok:
        request.add_header("Accept-Encoding", "gzip")
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.read(), dict(response.headers)


def page_weight(server: Server, path: str, session: str) -> dict:
    """HTML bytes, gzip bytes, and the compressed first load with same-origin CSS, JS, images."""
    html, _ = _get(server.url(path), session)
    text = html.decode()
    assets = set(re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', text))
    assets |= set(re.findall(r'<script[^>]+src="([^"]+)"', text))
    assets |= set(re.findall(r'<img[^>]+src="([^"]+)"', text))
    third_party = sorted(a for a in assets if a.startswith(("http:", "https:", "//")))
    total = len(gzip.compress(html, 6))
    for asset in sorted(assets - set(third_party)):
        if asset.startswith("data:"):
            continue
        body, headers = _get(server.url(asset), gzip_ok=True)
        total += len(body) if headers.get("Content-Encoding") else len(gzip.compress(body, 6))
    return {
        "html_bytes": len(html),
        "gzip_bytes": len(gzip.compress(html, 6)),
        "first_load_gzip_bytes": total,
        "third_party": third_party,
    }


def measure(server: Server, urls: dict, duration: int, script: Path) -> dict:
    results = {}
    for name, (path, session) in urls.items():
        url = server.url(path)
        wrk(url, 8, 2, session, script)  # warm-up (workers, cache)
        cpu = server.cpu_seconds()
        eight = wrk(url, 8, duration, session, script)
        cpu = server.cpu_seconds() - cpu
        one = wrk(url, 1, duration, session, script)
        results[name] = {
            "rps_8": eight["rps"],
            "errors": eight["errors"] + one["errors"],
            "p50_ms": one["p50_ms"],
            "p95_ms": one["p95_ms"],
            "cpu_ms_per_request": round(cpu * 1000 / max(eight["requests"], 1), 2),
        }
    # The ceiling again at the end: a machine that was slow at the start would otherwise make
    # every page look faster. The higher of the two counts, so ratios err on the low side.
    name = "ceiling (robots.txt)"
    again = wrk(server.url(urls[name][0]), 8, duration, "", script)
    results[name]["rps_8_again"] = again["rps"]
    ceiling = max(results[name]["rps_8"], again["rps"])
    for row in results.values():
        row["ratio"] = round(row["rps_8"] / ceiling, 3)
    return results


def table(report: dict) -> str:
    head = (
        f"{'URL':<22}{'mode':<9}{'req/s@8':>9}{'ratio':>7}{'p50':>7}{'p95':>7}"
        f"{'cpu ms':>8}{'SQL':>5}{'HTML':>8}{'gzip':>7}{'1st load':>9}{'err':>5}"
    )
    lines = [head, "-" * len(head)]
    for name in report["urls"]:
        weight, queries = report["weight"][name], report["queries"][name]
        for mode in ("uncached", "cached"):
            row = report[mode][name]
            lines.append(
                f"{name:<22}{mode:<9}{row['rps_8']:>9.0f}{row['ratio']:>7.2f}"
                f"{row['p50_ms']:>7.1f}{row['p95_ms']:>7.1f}{row['cpu_ms_per_request']:>8.1f}"
                f"{queries:>5}{weight['html_bytes']:>8}{weight['gzip_bytes']:>7}"
                f"{weight['first_load_gzip_bytes']:>9}{row['errors']:>5}"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        _prepare_in_process()
        return 0
    if not shutil.which("wrk"):
        print("wrk not found: apt-get install wrk", file=sys.stderr)
        return 1
    env = bench_env(args.services, args.port, page_cache=False)
    build(env, args.services)
    prepared = prepare(env)
    urls = {k: tuple(v) for k, v in prepared["urls"].items()}
    results_dir = ROOT / "bench" / "results"
    results_dir.mkdir(exist_ok=True)
    log = results_dir / "gunicorn.log"
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "services": args.services,
        "duration_s": args.duration,
        "cpus": os.cpu_count(),
        "urls": {k: v[0] for k, v in urls.items()},
        "queries": prepared["queries"],
    }
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "report.lua"
        script.write_text(WRK_SCRIPT)
        for mode, cached in (("uncached", False), ("cached", True)):
            env = bench_env(args.services, args.port, page_cache=cached)
            with Server(env, args.port, log) as server:
                if not cached:
                    report["weight"] = {k: page_weight(server, *v) for k, v in urls.items()}
                report[mode] = measure(server, urls, args.duration, script)
                report[f"rss_mb_{mode}"] = server.rss_mb()
    print(table(report))
    out = results_dir / f"bench-{report['when'].replace(':', '')}.json"
    out.write_text(json.dumps(report, indent=1))
    print(f"\nJSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
