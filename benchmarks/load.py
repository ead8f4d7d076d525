"""The production stack under load: gunicorn + production settings + PostgreSQL + Redis, driven by wrk.

    .venv/bin/python benchmarks/load.py                 # 100 connections, 60 s per URL
    .venv/bin/python benchmarks/load.py --duration 15 --workers 4

For one static file (the ceiling), the home page, a procedure page (cached; then built for every
request by a second server with the page cache off, PAGE_CACHE=0, from its parts kept for the
catalogue version; then by a third with the kept parts off too, KEEP_PAGE_PARTS=0, as after a
publication: read with prefetch_related and rendered on every request), a
search (the same one repeated, then a new one each request so the page cache cannot answer), a form
download, its revalidation (If-None-Match: 304) and a legal text, prints requests per second, p50/p99
latency, errors, bytes on the wire per response, and each row's rate as a share of the static file's
in the same run. Needs wrk (Debian package `wrk`),
PostgreSQL and Redis on loopback; it creates and drops its own database (ISOKO_LOAD_DB, default
isoko_load_bench; Redis database ISOKO_LOAD_REDIS_DB, default 15; port ISOKO_LOAD_PORT, default 8100).
Targets (issue 17): no errors; cached pages >= 0.8 x static; a new search >= 0.10 x static with p99 <
300 ms; a form download >= 0.5 x static.
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

# ISOKO_LOAD_ROOT: another checkout to serve (the same measurements of an older revision).
ROOT = Path(os.environ.get("ISOKO_LOAD_ROOT") or Path(__file__).resolve().parent.parent)
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
DATABASE = os.environ.get("ISOKO_LOAD_DB", "isoko_load_bench")
REDIS_DB = os.environ.get("ISOKO_LOAD_REDIS_DB", "15")
PORT = int(os.environ.get("ISOKO_LOAD_PORT", "8100"))
BASE = f"http://127.0.0.1:{PORT}"
UNCACHED = f"http://127.0.0.1:{PORT + 1}"
FROM_SCRATCH = f"http://127.0.0.1:{PORT + 2}"


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
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "SECURE_SSL_REDIRECT": "0",
        "MEDIA_ROOT": str(tmp / "media"),
        "STATIC_ROOT": str(tmp / "static"),
    }


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


# Each request a different search, so that none is answered from the page cache. (A made-up
# parameter no longer does: the cache keys a page by the parameters its view reads, and ignores others.)
# Each wrk thread numbers its own requests (math.random gives every thread the same sequence, so each
# search was asked twice), under a prefix new for each run (the cache remembers what was asked).
UNCACHED_SEARCH_SCRIPT = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  counter = 0
end
function request()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "+{run}" .. id .. "0" .. counter)
end
"""

# A revalidation: the browser already has the file and asks whether it changed.
REVALIDATE_SCRIPT = """
wrk.headers["If-None-Match"] = '{etag}'
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


def wire_bytes(url, script=None):
    if script is not None and "If-None-Match" in script.read_text():
        return 0, "304"  # a revalidation: headers only
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip, br"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return len(response.read()), response.headers.get("Content-Encoding") or "identity"


# The demo cites laws without their texts: give the passport's first legal basis a PDF to download.
ATTACH_LEGAL_TEXT = """
from django.core.files.base import ContentFile
from forms_library.models import FormFile
from procedures.models import LegalBasis
pdf = FormFile.objects.filter(file_format="pdf").first()
basis = LegalBasis.objects.filter(procedure__slug="passport", procedure__draft_of=None).first()
basis.document = ContentFile(pdf.file.read(), name="text.pdf")
basis.save()
"""


def prepare(tmp):
    """A production-like site on its own PostgreSQL database, with the demo catalogue."""
    psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    psql(f"CREATE DATABASE {DATABASE}")
    env = production_env(tmp)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo", "--password", secrets.token_urlsafe(16))
    manage(env, "shell", "-c", ATTACH_LEGAL_TEXT)
    manage(env, "collectstatic", "--noinput")
    subprocess.run(["redis-cli", "-n", REDIS_DB, "flushdb"], check=False, stdout=subprocess.DEVNULL)
    return env


def start_gunicorn(env, workers, port=PORT):
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "isoko.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
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
    for _ in range(300):  # a busy machine takes a while to start the workers
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
            break
        except OSError:
            time.sleep(0.2)
    return server


def urls_to_measure(tmp):
    """name -> (server, path, wrk script or None)."""
    home = urllib.request.urlopen(BASE + "/rn/", timeout=30).read().decode()
    stylesheet = re.search(r'href="(/static/css/isoko\.[0-9a-f]+\.css)"', home).group(1)
    uncached_search = tmp / "uncached-search.lua"
    uncached_search.write_text(
        UNCACHED_SEARCH_SCRIPT.replace("{run}", str(secrets.randbelow(9 * 10**5) + 10**5))
    )
    form = "/rn/forms/CGM-PAS-01/fr/"
    etag = urllib.request.urlopen(BASE + form, timeout=10).headers["ETag"]
    revalidate = tmp / "revalidate.lua"
    revalidate.write_text(REVALIDATE_SCRIPT.format(etag=etag))
    urls = {
        "static (ceiling)": (BASE, stylesheet, None),
        "home": (BASE, "/rn/", None),
        "procedure": (BASE, "/rn/procedures/passport/", None),
        "procedure (built)": (UNCACHED, "/rn/procedures/passport/", None),
        "procedure (scratch)": (FROM_SCRATCH, "/rn/procedures/passport/", None),
        "search (repeated)": (BASE, "/fr/search/?q=passeport", None),
        "search (each new)": (BASE, "/fr/search/?q=passeport", uncached_search),
        "form download": (BASE, form, None),
        "form (304)": (BASE, form, revalidate),
    }
    legal_text = _legal_text_address()
    if legal_text:
        urls["legal text"] = (BASE, legal_text, None)
    return urls


def _legal_text_address():
    for slug in ("passport", "national-id-card", "criminal-record-extract", "birth-certificate"):
        try:
            page = urllib.request.urlopen(f"{BASE}/rn/procedures/{slug}/", timeout=10).read().decode()
        except OSError:
            continue
        found = re.search(r'href="(/rn/legal-texts/[0-9a-f]{64}/)"', page)
        if found:
            return found.group(1)
    return None


def measure(urls, duration, connections):
    print(
        f"{'url':18} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'bytes':>7} {'encoding':>9} "
        f"{'x static':>9}"
    )
    ceiling = None
    for name, (base, path, script) in urls.items():
        for _ in range(3):  # warm the cache and the connections
            urllib.request.urlopen(base + path, timeout=30).read()
        size, encoding = wire_bytes(base + path, script)
        rps, p50, p99, errors = wrk(base + path, duration, connections, script)
        ceiling = ceiling or rps
        print(
            f"{name:18} {rps:9.0f} {p50:8.1f} {p99:8.1f} {errors:7d} {size:7d} {encoding:>9} "
            f"{rps / ceiling:9.2f}",
            flush=True,
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
    env = prepare(tmp)
    server = start_gunicorn(env, args.workers)
    # The same stack with the page cache off: each request builds the page (an uncached render).
    built = start_gunicorn({**env, "PAGE_CACHE": "0"}, args.workers, port=PORT + 1)
    # And with the procedure page's kept parts off too: the first build after a change to the page.
    scratch = start_gunicorn({**env, "PAGE_CACHE": "0", "KEEP_PAGE_PARTS": "0"}, args.workers, port=PORT + 2)
    try:
        print(
            f"gunicorn {args.workers} workers, production settings, PostgreSQL, Redis; wrk 2 threads, "
            f"{args.connections} connections, {args.duration} s per URL"
        )
        measure(urls_to_measure(tmp), args.duration, args.connections)
    finally:
        for process in (server, built, scratch):
            process.terminate()
            process.wait(timeout=30)
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
