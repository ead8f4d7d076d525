"""Audit events per second while 50 servants read their documents at once, on PostgreSQL (issue 24.5).

    .venv/bin/python benchmarks/audit_readers.py
    .venv/bin/python benchmarks/audit_readers.py --servants 50 --duration 10 --work-ms 5
    ISOKO_AUDIT_BENCH_DB=other_name .venv/bin/python benchmarks/audit_readers.py

Each servant is a thread with its own database connection that, for `--duration` seconds, reads one of
its documents the way the archive's views do: in one transaction, the audit event of the reading is
recorded (audit.models.record) and the rest of the request follows (`--work-ms` of work inside the
transaction: permission checks, rendering, streaming the file). Prints the events written per second,
the p50/p99 time of one reading, and whether `verify_audit` finds the chain intact afterwards. Creates
and drops its own database (ISOKO_AUDIT_BENCH_DB, default isoko_audit_bench). Run it with
ISOKO_ROOT=<another checkout> beside it to measure an older revision the same way.

Measured 2026-12-08 on the shared 2-core machine (not quiet, load 10-13), one run each, back to back:
chain head locked for the caller's transaction (before) 33.8 events/s, p99 7.1 s; chained after
commit (now) 182.7 events/s, p99 1.0 s (20 ms of work). With 5 ms of work both gave 75 events/s: the
one Python process running 50 threads was then the limit, not the lock.
"""

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(os.environ.get("ISOKO_ROOT") or Path(__file__).resolve().parent.parent)
DATABASE = os.environ.get("ISOKO_AUDIT_BENCH_DB", "isoko_audit_bench")
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def psql(statement):
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(statement)


def setup():
    psql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{DATABASE}"')
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "isoko.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def servant(number, user, stop_at, work, timings, errors):
    from django.db import connection, transaction

    from audit.models import AuditEvent, record

    try:
        document = 0
        while time.monotonic() < stop_at:
            document += 1
            started = time.monotonic()
            with transaction.atomic():
                record(AuditEvent.Action.VIEW, actor=user, servant=str(number), document=document)
                time.sleep(work)  # the rest of the request, inside its transaction
            timings.append(time.monotonic() - started)
    except Exception as error:  # noqa: BLE001 (counted and shown)
        errors.append(repr(error))
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--servants", type=int, default=50)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--work-ms", type=float, default=20.0)
    args = parser.parse_args()
    setup()
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connections

    from audit.models import AuditEvent

    users = [get_user_model().objects.create_user(f"servant-{n}") for n in range(args.servants)]
    connections.close_all()
    timings, errors = [], []
    started = time.monotonic()
    stop_at = started + args.duration
    threads = [
        threading.Thread(target=servant, args=(n, user, stop_at, args.work_ms / 1000, timings, errors))
        for n, user in enumerate(users)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    count = AuditEvent.objects.count()
    out = StringIO()
    try:
        call_command("verify_audit", stdout=out, stderr=out)
        intact = "intact"
    except Exception:  # noqa: BLE001
        intact = "BROKEN: " + out.getvalue().strip()[:200]
    timings.sort()
    print(
        f"PostgreSQL, {args.servants} servants, {args.work_ms:g} ms of work per reading inside its transaction, "
        f"{args.duration:g} s (machine shared, not quiet)"
    )
    print(
        f"events/s {count / elapsed:8.1f}   readings {len(timings)}   "
        f"p50 {statistics.median(timings) * 1000:7.1f} ms   p99 {timings[int(len(timings) * 0.99)] * 1000:7.1f} ms   "
        f"errors {len(errors)}   chain {intact}"
    )
    if errors:
        print("first error:", errors[0])
    connections.close_all()
    psql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')


if __name__ == "__main__":
    sys.exit(main())
