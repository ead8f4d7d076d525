"""Open data API latency and bulk dump time, on the demo catalogue and on generated procedures.

    .venv/bin/python benchmarks/api.py                   # demo, then 10,000 procedures
    .venv/bin/python benchmarks/api.py --procedures 2000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/isoko_api_bench .venv/bin/python benchmarks/api.py

Prints p50/p95 of one procedure (full detail) and of a list page (50 procedures), built every time
(API answers are never in the page cache), and the time `dump_open_data` takes. The generated
procedures are the demo's with new titles (benchmarks/search.py); they have no steps of their own.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(client, address, rounds):
    times = []
    for _round in range(rounds):
        started = time.perf_counter()
        response = client.get(address)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (address, response.status_code)
    return times


def measure(label, rounds):
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from procedures.models import Procedure

    client = Client()
    slugs = list(Procedure.objects.published().values_list("slug", flat=True)[:20])
    timed(client, "/api/v1/procedures/?lang=fr", 3)  # warm per-process caches
    detail = [t for slug in slugs for t in timed(client, f"/api/v1/procedures/{slug}/?lang=fr", rounds)]
    pages = timed(client, "/api/v1/procedures/?lang=fr&page_size=50", rounds * 20)
    folder = tempfile.mkdtemp(prefix="isoko-open-data-")
    started = time.perf_counter()
    call_command("dump_open_data", "--folder", folder, stdout=io.StringIO())
    dump_seconds = time.perf_counter() - started
    size = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder))
    count = Procedure.objects.published().count()
    print(
        f"[{label}, {count} procedures, {connection.vendor}] procedure: p50 {statistics.median(detail):6.1f} ms  "
        f"p95 {percentile(detail, 0.95):6.1f} ms | list page of 50: p50 {statistics.median(pages):6.1f} ms  "
        f"p95 {percentile(pages, 0.95):6.1f} ms | dump_open_data {dump_seconds:6.1f} s, {size / 1e6:.1f} MB"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--procedures", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    from _setup import django_with_demo

    # SQLite in a throw-away folder, or the (empty) database DATABASE_URL names.
    url = (
        os.environ.get("DATABASE_URL")
        or f"sqlite:///{tempfile.mkdtemp(prefix='isoko-api-bench-')}/bench.sqlite3"
    )
    django_with_demo(url)
    from django.conf import settings

    settings.PAGE_CACHE = False
    measure("demo", arguments.rounds)
    from search import generate

    generate(arguments.procedures)
    measure("generated", arguments.rounds)


if __name__ == "__main__":
    main()
