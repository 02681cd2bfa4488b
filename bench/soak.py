"""`make soak`: a bounded load and soak run against gunicorn on 127.0.0.1.

    .venv/bin/python bench/soak.py [--rate 20] [--minutes 10] [--max-requests 50000]

Serves the benchmark's dataset (bench/run.py builds it) with gunicorn under production
settings (2 workers, page cache on), then sends an open-loop mix at a fixed rate: directory
searches (several texts and postcodes), service detail pages, wegwijzer steps and shared
results, and every --login-every seconds a Wmo council member who logs in (a real password
check), reads the self-test report and logs out. Loopback only; stops by itself after
--minutes or --max-requests, whichever comes first. Reports errors, p95 per minute (first vs
last) and the workers' memory (RSS) over time, and writes JSON to bench/results/.
"""

# ruff: noqa: S311 - random picks of URLs, not secrets

import argparse
import http.client
import json
import os
import queue
import random
import re
import statistics
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import HOST, MEMBER_PASSWORD, ROOT, Server, bench_env, build, prepare

TEXTS = ["hulp", "mantelzorg", "schulden", "eenzaam", "wonen", "vervoer", "", "ouderen"]
POSTCODES = ["6001", "6002", "6011", "6031", "6041", "6006", ""]
LINES = ["", "&lijn=clientondersteuning", "&lijn=informeel", "&thema=mantelzorg"]
MIX = [("search", 45), ("detail", 30), ("wegwijzer step", 15), ("wegwijzer result", 10)]


class Stats:
    """Latencies and errors per minute and per kind; thread-safe."""

    def __init__(self):
        self.lock = threading.Lock()
        self.minutes: dict[int, list[float]] = {}
        self.kinds: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self.count = 0

    def add(self, minute: int, kind: str, ms: float, error: str = "") -> None:
        with self.lock:
            self.count += 1
            self.minutes.setdefault(minute, []).append(ms)
            self.kinds.setdefault(kind, []).append(ms)
            if error:
                self.errors.append(f"{kind}: {error}")


def p95(values: list[float]) -> float:
    return round(statistics.quantiles(values, n=20)[18], 1) if len(values) >= 20 else 0.0


def request(port: int, method: str, path: str, headers=None, body=None):
    connection = http.client.HTTPConnection(HOST, port, timeout=15)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def _cookie(headers, name: str) -> str:
    for key, value in headers:
        if key.lower() == "set-cookie" and value.startswith(f"{name}="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return ""


def council_visit(port: int, user: str, report: str) -> str:
    """Log in, read the report, log out; returns an error text or ''."""
    status, headers, body = request(port, "GET", "/zelftest/inloggen/")
    csrf = _cookie(headers, "csrftoken")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if status != 200 or not csrf or not token:
        return f"login form {status}"
    form = urlencode(
        {
            "csrfmiddlewaretoken": token.group(1).decode(),
            "username": user,
            "password": MEMBER_PASSWORD,
        }
    )
    status, headers, _ = request(
        port,
        "POST",
        "/zelftest/inloggen/",
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}"},
        form.encode(),
    )
    session = _cookie(headers, "sessionid")
    if status != 302 or not session:
        return f"login post {status}"
    cookies = {"Cookie": f"csrftoken={csrf}; sessionid={session}"}
    status, _, body = request(port, "GET", report, cookies)
    if status != 200:
        return f"report {status}"
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    logout = f"csrfmiddlewaretoken={token.group(1).decode()}" if token else ""
    headers = {**cookies, "Content-Type": "application/x-www-form-urlencoded"}
    status, _, _ = request(port, "POST", "/zelftest/uitloggen/", headers, logout.encode())
    return "" if status in (200, 302) else f"logout {status}"


def pick(prepared: dict) -> tuple[str, str, str]:
    """(kind, path, session) of the next resident request."""
    kind = random.choices([k for k, _ in MIX], weights=[w for _, w in MIX])[0]
    urls = prepared["urls"]
    if kind == "search":
        text, postcode = random.choice(TEXTS), random.choice(POSTCODES)
        path = f"/sociale-kaart/?q={text}{random.choice(LINES)}&postcode={postcode}&afstand=25"
        return kind, path, ""
    if kind == "detail":
        return kind, random.choice(prepared["details"]), ""
    path, session = urls[kind]
    return kind, path, session


def _load() -> float:
    """The machine's 1-minute load average: other processes share these cores."""
    return round(os.getloadavg()[0], 2)


def run(args) -> dict:
    env = bench_env(args.services, args.port, page_cache=True)
    build(env, args.services)
    prepared = prepare(env)
    report_path = prepared["urls"]["self-test report"][0]
    stats, jobs = Stats(), queue.Queue(maxsize=args.threads * 4)
    memory: list[dict] = []
    dropped = 0
    log = ROOT / "bench" / "results" / "gunicorn-soak.log"
    log.parent.mkdir(exist_ok=True)
    with Server(env, args.port, log) as server:
        start = time.monotonic()
        stop_at = start + args.minutes * 60

        def worker():
            while (job := jobs.get()) is not None:
                kind, path, session = job
                began = time.monotonic()
                minute = int((began - start) // 60)
                try:
                    if kind == "council login":
                        error = council_visit(args.port, prepared["member"], report_path)
                    else:
                        headers = {"Cookie": f"sessionid={session}"} if session else {}
                        status, _, _ = request(args.port, "GET", path, headers)
                        error = "" if status == 200 else f"HTTP {status} {path[:60]}"
                except OSError as exc:
                    error = repr(exc)
                stats.add(minute, kind, (time.monotonic() - began) * 1000, error)

        threads = [threading.Thread(target=worker, daemon=True) for _ in range(args.threads)]
        for thread in threads:
            thread.start()
        sent, next_login, next_sample = 0, start, start
        interval = 1 / args.rate
        due = start
        while sent < args.max_requests and (now := time.monotonic()) < stop_at:
            if now >= next_sample:
                memory.append({"s": round(now - start), "rss_mb": server.rss_mb(), "load": _load()})
                next_sample += 10
            if now >= next_login:
                job, next_login = ("council login", "", ""), next_login + args.login_every
            else:
                job = pick(prepared)
            try:
                jobs.put_nowait(job)
                sent += 1
            except queue.Full:
                dropped += 1  # the server fell behind: counted, not queued without bound
            due += interval
            time.sleep(max(0.0, due - time.monotonic()))
        for _ in threads:
            jobs.put(None)
        for thread in threads:
            thread.join(timeout=30)
        memory.append(
            {"s": round(time.monotonic() - start), "rss_mb": server.rss_mb(), "load": _load()}
        )
        elapsed = time.monotonic() - start
    minutes = sorted(stats.minutes)
    first, last = stats.minutes[minutes[0]], stats.minutes[minutes[-1]]
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "rate_per_s": args.rate,
        "seconds": round(elapsed),
        "requests": stats.count,
        "achieved_per_s": round(stats.count / elapsed, 1),
        "dropped_for_backlog": dropped,
        "errors": len(stats.errors),
        "error_samples": stats.errors[:10],
        "p95_ms_per_minute": {m: p95(stats.minutes[m]) for m in minutes},
        "p95_first_minute_ms": p95(first),
        "p95_last_minute_ms": p95(last),
        "p95_drift_percent": round((p95(last) / p95(first) - 1) * 100, 1) if p95(first) else None,
        "per_kind": {
            k: {"n": len(v), "p50_ms": round(statistics.median(v), 1), "p95_ms": p95(v)}
            for k, v in stats.kinds.items()
        },
        "memory": memory,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=20, help="requests per second")
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--max-requests", type=int, default=50_000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--login-every", type=float, default=30, help="seconds")
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--port", type=int, default=8766)
    args = parser.parse_args()
    if not 0 < args.rate <= 500 or not 0 < args.minutes <= 60:
        parser.error("--rate must be in (0, 500] and --minutes in (0, 60]")
    result = run(args)
    print(json.dumps({k: v for k, v in result.items() if k != "memory"}, indent=1))
    print("memory (RSS MB per worker):")
    for sample in result["memory"][:: max(1, len(result["memory"]) // 10)]:
        rss = ", ".join(f"{mb:.1f}" for mb in sample["rss_mb"])
        print(f"  {sample['s']:>5} s  RSS {rss}  load {sample['load']}")
    out = ROOT / "bench" / "results" / f"soak-{result['when'].replace(':', '')}.json"
    out.write_text(json.dumps(result, indent=1))
    print(f"JSON: {out}")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
