"""What a procedure page costs when the page cache cannot answer, in this process (no HTTP server).

    .venv/bin/python benchmarks/procedure_page.py
    .venv/bin/python benchmarks/procedure_page.py --database-url postgres://postgres@127.0.0.1:5432/bench_page

With the page cache off (PAGE_CACHE=0), prints for the demo's passport page, in each language: the SQL
queries a request takes and the CPU time per request (the fastest and the median of 10 rounds), in two
cases: its parts already kept for this catalogue version (procedures/page_parts.py: any other request
after the first), and built from scratch on every request (its parts dropped before each: the first
request after a publication), with the queries of each. Also the kept parts' size. Target (issue 17):
at most 6 ms kept.
"""

import argparse
import statistics
import sys
import time

from _setup import django_with_demo

ROUNDS = 10
PER_ROUND = 30


def cpu_per_request(client, path, before_each=None):
    times = []
    for _round in range(ROUNDS):
        started = time.process_time()
        for _ in range(PER_ROUND):
            if before_each:
                before_each()
            response = client.get(path)
            assert response.status_code == 200, response.status_code
        times.append((time.process_time() - started) / PER_ROUND * 1000)
    return min(times), statistics.median(times)


def counted_queries(client, path, built=False):
    """The queries of one request, counted as they run (a request's start empties Django's own log)."""
    from django.db import connection

    from procedures import page_parts

    queries = []

    def counted(execute, sql, *args):
        queries.append(sql)
        return execute(sql, *args)

    if built:
        page_parts.kept.clear()
    with connection.execute_wrapper(counted):
        client.get(path)
    return len(queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url")
    args = parser.parse_args()
    import os

    os.environ["PAGE_CACHE"] = "0"
    django_with_demo(args.database_url)
    import logging

    logging.disable(logging.WARNING)  # one request log line per request otherwise
    from django.db import connection
    from django.test import Client

    from procedures import page_parts

    client = Client()
    print(f"{connection.vendor}, page cache off, CPU per request (fastest / median of {ROUNDS} rounds)")
    for language in ("rn", "fr", "en"):
        path = f"/{language}/procedures/passport/"
        client.get(path)
        kept_queries, built_queries = counted_queries(client, path), counted_queries(client, path, True)
        kept = cpu_per_request(client, path)
        built = cpu_per_request(client, path, before_each=page_parts.kept.clear)
        print(
            f"{path:28} parts kept {kept[0]:5.2f} / {kept[1]:5.2f} ms, {kept_queries} queries   "
            f"built {built[0]:5.2f} / {built[1]:5.2f} ms, {built_queries} queries"
        )
    sizes = [len(page.article) + len(page.structured_data) for page in page_parts.kept.entries.values()]
    print(f"kept parts: {len(sizes)} pages, {statistics.mean(sizes) / 1024:.1f} KB each on average")


if __name__ == "__main__":
    sys.exit(main())
