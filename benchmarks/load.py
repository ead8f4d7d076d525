"""The production stack under load: gunicorn + production settings + PostgreSQL + Redis, driven by wrk.

    .venv/bin/python benchmarks/load.py                 # 100 connections, 60 s per URL
    .venv/bin/python benchmarks/load.py --duration 15 --workers 4

For the home page, a procedure page, a search (the same one repeated, then a new address each time so
the page cache cannot answer), a form download and one static file (the ceiling),
prints requests per second, p50/p99 latency, errors, bytes on the wire per response, and each page's
rate as a share of the static file's. Needs wrk (Debian package `wrk`), PostgreSQL and Redis on
loopback; it creates and drops its own database. Targets: no errors; procedure page >= 0.8 x static.
"""

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
DATABASE = "isoko_load_bench"
PORT = 8100
BASE = f"http://127.0.0.1:{PORT}"


def psql(statement):
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(statement)


def production_env(tmp):
    return {
        **{k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}},
        "ISOKO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "DATABASE_CONN_MAX_AGE": "60",
        "REDIS_URL": "redis://127.0.0.1:6379/15",
        "SECURE_SSL_REDIRECT": "0",
        "MEDIA_ROOT": str(tmp / "media"),
        "STATIC_ROOT": str(tmp / "static"),
    }


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


# Each request a different address, so that none is answered from the page cache.
UNCACHED_SEARCH_SCRIPT = """
request = function()
  return wrk.format("GET", wrk.path .. "&n=" .. math.random(1, 2000000000))
end
"""


def wrk(url, duration, connections, script=None):
    result = subprocess.run(
        [
            "wrk",
            *(["-s", script] if script else []),
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            "--timeout",
            "5s",
            "-H",
            "Accept-Encoding: gzip, br",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "50%" not in result:
        raise RuntimeError(f"wrk printed no latency distribution for {url}:\n{result}")

    def seconds(text):
        value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
        return float(value) * {"us": 1e-3, "ms": 1, "s": 1000, "m": 60_000}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", result).group(1))
    p50 = seconds(re.search(r"^\s+50%\s+(\S+)", result, re.M).group(1))
    p99 = seconds(re.search(r"^\s+99%\s+(\S+)", result, re.M).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", result)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", result)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (sum(map(int, socket.groups())) if socket else 0)
    return rps, p50, p99, errors


def wire_bytes(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip, br"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return len(response.read()), response.headers.get("Content-Encoding") or "identity"


def prepare(tmp):
    """A production-like site on its own PostgreSQL database, with the demo catalogue."""
    psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    psql(f"CREATE DATABASE {DATABASE}")
    env = production_env(tmp)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo", "--password", secrets.token_urlsafe(16))
    manage(env, "collectstatic", "--noinput")
    subprocess.run(["redis-cli", "-n", "15", "flushdb"], check=False, stdout=subprocess.DEVNULL)
    return env


def start_gunicorn(env, workers):
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "isoko.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(workers),
            "--backlog",
            "2048",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(50):
        try:
            urllib.request.urlopen(BASE + "/healthz", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    return server


def urls_to_measure(tmp):
    home = urllib.request.urlopen(BASE + "/rn/", timeout=10).read().decode()
    stylesheet = re.search(r'href="(/static/css/isoko\.[0-9a-f]+\.css)"', home).group(1)
    uncached_search = tmp / "uncached-search.lua"
    uncached_search.write_text(UNCACHED_SEARCH_SCRIPT)
    return {
        "static (ceiling)": (stylesheet, None),
        "home": ("/rn/", None),
        "procedure": ("/rn/procedures/passport/", None),
        "search (repeated)": ("/fr/search/?q=passeport", None),
        "search (each new)": ("/fr/search/?q=passeport", uncached_search),
        "form download": ("/rn/forms/CGM-PAS-01/fr/", None),
    }


def measure(urls, duration, connections):
    print(
        f"{'url':18} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'bytes':>7} {'encoding':>9} "
        f"{'x static':>9}"
    )
    ceiling = None
    for name, (path, script) in urls.items():
        for _ in range(3):  # warm the cache and the connections
            urllib.request.urlopen(BASE + path, timeout=10).read()
        size, encoding = wire_bytes(BASE + path)
        rps, p50, p99, errors = wrk(BASE + path, duration, connections, script)
        ceiling = ceiling or rps
        print(
            f"{name:18} {rps:9.0f} {p50:8.1f} {p99:8.1f} {errors:7d} {size:7d} {encoding:>9} "
            f"{rps / ceiling:9.2f}"
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")

    tmp = Path(tempfile.mkdtemp(prefix="isoko-load-"))
    server = start_gunicorn(prepare(tmp), args.workers)
    try:
        print(
            f"gunicorn {args.workers} workers, production settings, PostgreSQL, Redis; wrk 2 threads, "
            f"{args.connections} connections, {args.duration} s per URL"
        )
        measure(urls_to_measure(tmp), args.duration, args.connections)
    finally:
        server.terminate()
        server.wait(timeout=30)
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
