"""Search latency at 10,000 procedures in three languages, on PostgreSQL and on SQLite.

    .venv/bin/python benchmarks/search.py                # both databases
    .venv/bin/python benchmarks/search.py --backend sqlite --procedures 2000

Prints p50/p95 of the search itself and of the whole results page (built with the page cache off; and
"each request new": page cache on, every search one it has never seen, so it is built, compressed and
stored), next to the static stylesheet served in the same run, with the CPU time each took (the
machine may be shared: CPU time is what the request itself costs), the results page's gzip size, and
PostgreSQL's plan for one query (it should show the GIN indexes). Target (issue 17): results page
p95 < 20 ms on PostgreSQL.
"""

import argparse
import gzip
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from types import SimpleNamespace

PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/test"
PG_BENCH_DB = "isoko_search_bench"
QUERIES = [
    "pasiporo",
    "passeport",
    "passport",
    "pasport",
    "casier judiciaire",
    "casier judiciare",
    "extrait de naissance",
    "carte d'identite",
    "CNI",
    "NIF",
    "permis de conduire",
    "pemis de conduire",
    "driving licence",
    "work permit",
    "registre de commerce",
    "créer une entreprise",
    "certificat de nationalité",
    "mariage",
    "acte de décès",
    "titre de séjour",
    "permis de batir",
    "izabukuru",
    "ubwenegihugu",
    "karangamuntu",
    "quitus fiscal",
    "old age pension",
    "birth certificate",
    "certificat foncier",
    "CAM",
    "visa",
]
PLACES = [
    "Bujumbura",
    "Gitega",
    "Ngozi",
    "Makamba",
    "Cankuzo",
    "Rumonge",
    "Muyinga",
    "Kayanza",
    "Bururi",
    "Kirundo",
    "Muramvya",
    "Rutana",
]
VARIANTS = [
    ({"rn": "ku bana batarashika imyaka", "fr": "pour un mineur", "en": "for a minor"}),
    ({"rn": "iyo kopi yatakaye", "fr": "en cas de perte", "en": "after a loss"}),
    ({"rn": "ku banyamahanga", "fr": "pour les étrangers", "en": "for foreigners"}),
    ({"rn": "mu buryo bwihuse", "fr": "procédure accélérée", "en": "fast track"}),
    ({"rn": "ku bakozi ba Leta", "fr": "pour les fonctionnaires", "en": "for civil servants"}),
]


def generate(count):
    """Procedures derived from the demo ones (title, summary, steps and documents in three languages)."""
    from django.db import transaction

    from procedures.models import Procedure, SearchEntry
    from procedures.search import _backend, _entry_values

    rng = random.Random(42)
    templates = list(Procedure.objects.prefetch_related("steps", "documents", "search_terms"))
    entries = []
    with transaction.atomic():
        new = []
        for number in range(count - len(templates)):
            template = rng.choice(templates)
            variant = rng.choice(VARIANTS)
            place = rng.choice(PLACES)
            clone = Procedure(
                slug=f"{template.slug}-{number}",
                institution_id=template.institution_id,
                status=Procedure.Status.PUBLISHED,
                **{
                    f"title_{c}": f"{getattr(template, f'title_{c}')} – {variant[c]} ({place})"
                    for c in ["rn", "fr", "en"]
                },
                **{f"summary_{c}": getattr(template, f"summary_{c}") for c in ["rn", "fr", "en"]},
                **{f"eligibility_{c}": getattr(template, f"eligibility_{c}") for c in ["rn", "fr", "en"]},
            )
            clone._template = template
            new.append(clone)
        Procedure.objects.bulk_create(new, batch_size=1000)
        by_slug = {p.slug: p for p in new}
        created = Procedure.objects.filter(slug__in=list(by_slug)).only("pk", "slug")
        for row in created:
            clone = by_slug[row.slug]
            clone.pk = row.pk
            template = clone._template
            # The index text of the clone: its own titles, the template's rows (reused rather than
            # copying thousands of them).
            indexed = SimpleNamespace(
                **{
                    f"{name}_{c}": getattr(clone, f"{name}_{c}")
                    for name in ("title", "summary")
                    for c in ("rn", "fr", "en")
                },
                steps=template.steps,
                documents=template.documents,
                search_terms=template.search_terms,
            )
            entries.append(SearchEntry(procedure_id=row.pk, **_entry_values(indexed)))
        SearchEntry.objects.bulk_create(entries, batch_size=1000)
        _backend().index(list(SearchEntry.objects.filter(procedure_id__in=[e.procedure_id for e in entries])))
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # What autovacuum does after a bulk load in production: statistics, and the GIN indexes'
            # pending lists merged (unmerged, every search read ~400 pages of them: 3-4 ms).
            cursor.execute("VACUUM ANALYZE")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def run_backend(backend, count):
    sys.path.insert(0, os.path.dirname(__file__))
    from _setup import django_with_demo

    if backend == "postgres":
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + PG_BENCH_DB
    else:
        url = f"sqlite:///{tempfile.mkdtemp(prefix='isoko-search-bench-')}/bench.sqlite3"
    django_with_demo(url)
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from procedures.models import Procedure
    from procedures.search import search_procedures

    started = time.perf_counter()
    generate(count)
    print(
        f"[{backend}] {Procedure.objects.count()} procedures generated and indexed "
        f"in {time.perf_counter() - started:.1f} s"
    )
    for query in QUERIES:  # warm caches
        search_procedures(query)
    search_times, page_times, sizes, hits = [], [], [], []
    page_cpu = []
    settings.PAGE_CACHE = False  # measure building the page; a repeated search is served from the cache
    client = Client()
    for _round in range(5):
        for query in QUERIES:
            t0 = time.perf_counter()
            results = search_procedures(query)
            search_times.append((time.perf_counter() - t0) * 1000)
            hits.append(len(results.procedure_ids))
            t0, c0 = time.perf_counter(), time.thread_time()
            response = client.get("/fr/search/", {"q": query})
            page_times.append((time.perf_counter() - t0) * 1000)
            page_cpu.append((time.thread_time() - c0) * 1000)
            sizes.append(len(gzip.compress(response.content)))
    print(
        f"[{backend}] search():     p50 {statistics.median(search_times):6.1f} ms   "
        f"p95 {percentile(search_times, 0.95):6.1f} ms   max {max(search_times):6.1f} ms "
        f"({len(search_times)} searches, median {statistics.median(hits):.0f} results)"
    )
    print(
        f"[{backend}] results page (built, not cached): p50 {statistics.median(page_times):6.1f} ms   "
        f"p95 {percentile(page_times, 0.95):6.1f} ms   (CPU p50 {statistics.median(page_cpu):.1f} ms)   "
        f"gzip size p50 {statistics.median(sizes):.0f} B, max {max(sizes)} B (HTML only)"
    )
    each_new(backend, client)
    if connection.vendor == "postgresql":
        print_plans(backend)


def print_plans(backend):
    """PostgreSQL's plan for the search statement, with and without a typo (it should show the GIN
    indexes)."""
    from django.db import connection

    from procedures.search import PostgresSearch

    for label, typed in [
        ("'casier judiciaire'", ["casier", "judiciaire"]),
        ("'casier judiciare'", ["casier", "judiciare"]),
    ]:
        sql, params = PostgresSearch().statement(typed)
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN ANALYZE " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        print(f"[{backend}] plan for the search statement, {label}:")
        print("    " + plan.replace("\n", "\n    "))


def each_new(backend, client):
    """The results page with the page cache on, each search one it has never seen (its entry is
    dropped before each request, the catalogue version kept), next to the static stylesheet."""
    from django.conf import settings
    from django.core.cache import cache

    from page_cache import middleware
    from page_cache.version import VERSION_KEY

    settings.PAGE_CACHE = True
    home = client.get("/rn/").text
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', home).group(1)
    rows = {"static stylesheet": [], "results page, each new": []}
    cpu = {name: [] for name in rows}
    for _round in range(5):
        for query in QUERIES:
            version = cache.get(VERSION_KEY)
            cache.clear()
            middleware._local.entries.clear()
            cache.set(VERSION_KEY, version, None)
            for name, (path, data) in {
                "static stylesheet": (stylesheet, {}),
                "results page, each new": ("/fr/search/", {"q": query}),
            }.items():
                t0, c0 = time.perf_counter(), time.thread_time()
                response = client.get(path, data, HTTP_ACCEPT_ENCODING="gzip, br")
                b"".join(response.streaming_content) if response.streaming else response.content
                rows[name].append((time.perf_counter() - t0) * 1000)
                cpu[name].append((time.thread_time() - c0) * 1000)
    ceiling = statistics.median(rows["static stylesheet"])
    for name, times in rows.items():
        print(
            f"[{backend}] {name:24} p50 {statistics.median(times):6.1f} ms   p95 {percentile(times, 0.95):6.1f} ms"
            f"   CPU p50 {statistics.median(cpu[name]):5.1f} ms   x static time {statistics.median(times) / ceiling:5.1f}"
        )


def recreate_postgres_database():
    import psycopg

    with psycopg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
        conn.execute(f"CREATE DATABASE {PG_BENCH_DB}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["postgres", "sqlite", "both"], default="both")
    parser.add_argument("--procedures", type=int, default=10_000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_backend(args.backend, args.procedures)
        return
    for backend in ["postgres", "sqlite"] if args.backend == "both" else [args.backend]:
        if backend == "postgres":
            recreate_postgres_database()
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        subprocess.run(
            [sys.executable, __file__, "--child", "--backend", backend, "--procedures", str(args.procedures)],
            check=True,
            env=env,
        )


if __name__ == "__main__":
    main()
