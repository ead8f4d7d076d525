"""What a procedure page costs when the page cache cannot answer, in this process (no HTTP server).

    .venv/bin/python benchmarks/procedure_page.py
    .venv/bin/python benchmarks/procedure_page.py --database-url postgres://postgres@127.0.0.1:5432/bench_page

With the page cache off (PAGE_CACHE=0), prints for the demo's passport page, in each language: the SQL
queries a request takes and the CPU time per request (the fastest and the median of 10 rounds), in two
cases: its parts already kept for the rows it reads (procedures/page_parts.py: any other request
after the first), and built from scratch on every request (its parts dropped before each: the first
request after a change to what it shows). Also the kept parts' size. Target (issue 17): at most 6
queries and 6 ms.
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
        queries = []

        def counted(execute, sql, *args, queries=queries):
            queries.append(sql)
            return execute(sql, *args)

        # Counted as they run (the request's start empties Django's own query log).
        with connection.execute_wrapper(counted):
            client.get(path)
        kept = cpu_per_request(client, path)
        built = cpu_per_request(client, path, before_each=page_parts.kept.clear)
        print(
            f"{path:28} {len(queries)} quer{'y' if len(queries) == 1 else 'ies'}   "
            f"parts kept {kept[0]:5.2f} / {kept[1]:5.2f} ms   built {built[0]:5.2f} / {built[1]:5.2f} ms"
        )
    sizes = [len(page.article) + len(page.structured_data) for page in page_parts.kept.entries.values()]
    print(f"kept parts: {len(sizes)} pages, {statistics.mean(sizes) / 1024:.1f} KB each on average")


if __name__ == "__main__":
    sys.exit(main())
