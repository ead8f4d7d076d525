"""A batch killed half-way (kill -9, as a power cut would) completes when run again, with no duplicate."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.archive.conftest import make_pdf, row, write_batch

DOCUMENTS = 60
MANAGE = Path(settings.BASE_DIR, "manage.py")


def database_url(tmp_path):
    """The test database, reachable from another process: PostgreSQL's by name, SQLite's copied to a file."""
    db = settings.DATABASES["default"]
    if connection.vendor == "postgresql":
        return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}", None
    copy = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(copy)
    connection.connection.backup(target)
    target.close()
    return f"sqlite:///{copy}", copy


def count(sqlite_file, table):
    if sqlite_file is None:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 (fixed table names)
            return cursor.fetchone()[0]
    with sqlite3.connect(sqlite_file, timeout=30) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608


@pytest.mark.django_db(transaction=True)
def test_killed_batch_completes_on_rerun_without_duplicates(tmp_path, alice, document_types):
    manifest, files_dir = write_batch(
        tmp_path / "big",
        [row("JU-1001", "promotion", "2015-01-01", f"Act {i}", f"act-{i}.pdf") for i in range(DOCUMENTS)],
        {f"act-{i}.pdf": make_pdf(f"Act number {i}", pages=2) for i in range(DOCUMENTS)},
    )
    url, sqlite_file = database_url(tmp_path)
    env = {**os.environ, "DATABASE_URL": url, "ARCHIVE_ROOT": str(tmp_path / "store"), "LANGUAGE_CODE": "en"}
    command = [sys.executable, str(MANAGE), "ingest_batch", str(manifest), str(files_dir), "--no-progress"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        stored = count(sqlite_file, "archive_document")
        if stored >= 5:
            break
        time.sleep(0.02)
    assert process.poll() is None, (
        "the batch ended before it could be killed: " + process.stderr.read().decode()
    )
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    killed_at = count(sqlite_file, "archive_document")
    assert 5 <= killed_at < DOCUMENTS

    rerun = subprocess.run(command, env=env, capture_output=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert count(sqlite_file, "archive_document") == DOCUMENTS
    # One original per document: nothing stored twice.
    assert count(sqlite_file, "archive_storedfile") == DOCUMENTS
    assert f"{killed_at} documents already in their dossiers".encode() in rerun.stdout
