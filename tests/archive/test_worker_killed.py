"""A worker killed mid-task (kill -9) loses nothing: the task is given to the next worker, which completes
it. Real processes: `manage.py ingest_batch` queues OCR on Redis and returns at once, a Celery worker
starts it and is killed, another worker finishes it. The same for a batch uploaded in the admin: queued,
a worker killed half-way through it, the next one completes it with nothing twice."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from tests.archive.conftest import make_pdf, row, write_batch
from tests.archive.ocr_helpers import needs_ocr_tools, scan_with_words
from tests.archive.test_killed_batch import count, database_url

BROKER_DB = 11  # this test's own Redis database, emptied before and after
BROKER = f"redis://127.0.0.1:6379/{BROKER_DB}"
ROOT = Path(settings.BASE_DIR)


def redis_answers():
    try:
        return redis.Redis(host="127.0.0.1", port=6379, db=BROKER_DB, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def rows(sqlite_file, query):
    """What `query` selects, read where the worker writes (this database, or SQLite's file)."""
    if sqlite_file is None:
        with connection.cursor() as cursor:
            cursor.execute(query)
            return [tuple(row) for row in cursor.fetchall()]
    with sqlite3.connect(sqlite_file, timeout=30) as db:
        return db.execute(query).fetchall()


def recognitions(sqlite_file):
    return rows(sqlite_file, "SELECT status, attempts FROM archive_textrecognition")


def search_text(sqlite_file):
    return rows(sqlite_file, "SELECT search_text FROM archive_document")[0][0]


def wait_for(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def start_worker(env, log):
    command = [sys.executable, "-m", "celery", "-A", "background", "worker", "--pool", "solo"]
    command += ["--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel", "INFO"]
    # Its own process group, so that kill -9 takes OCRmyPDF and Tesseract down with it, as a power cut would.
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)


def kill(worker, sig):
    try:
        os.killpg(worker.pid, sig)
    except ProcessLookupError:
        return
    worker.wait(timeout=30)


@needs_ocr_tools
@pytest.mark.skipif(not redis_answers(), reason="no Redis on 127.0.0.1:6379")
@pytest.mark.django_db(transaction=True)
def test_worker_killed_mid_task_the_task_completes_after_restart(tmp_path, alice, document_types):
    broker = redis.Redis(host="127.0.0.1", port=6379, db=BROKER_DB)
    broker.flushdb()
    manifest, files_dir = write_batch(
        tmp_path / "scans",
        [row("JU-1001", "promotion", "2016-02-01", "Promotion", "promotion.tif")],
        {"promotion.tif": scan_with_words("ARRETE", "TAMBOURIN ECLIPSE", pages=4)},
    )
    url, sqlite_file = database_url(tmp_path)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "ARCHIVE_ROOT": str(tmp_path / "store"),
        "LANGUAGE_CODE": "en",
        "TASK_BROKER_URL": BROKER,
        "ARCHIVE_OCR_ON_INGEST": "1",
        # A task a dead worker held goes back to the queue after 3 s (production: an hour).
        "TASK_VISIBILITY_TIMEOUT": "3",
        "TASK_RESTORE_INTERVAL": "1",
    }
    ingest = [sys.executable, "manage.py", "ingest_batch", str(manifest), str(files_dir), "--no-progress"]
    done = subprocess.run(ingest, cwd=ROOT, env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    # Ingest returned with the OCR still waiting: no worker has run yet.
    assert recognitions(sqlite_file) == [("queued", 0)]

    log = (tmp_path / "worker.log").open("wb")
    try:
        first = start_worker(env, log)
        wait_for(lambda: recognitions(sqlite_file) == [("running", 1)], 60, "the first worker to start OCR")
        kill(first, signal.SIGKILL)
        time.sleep(0.5)
        assert recognitions(sqlite_file) == [("running", 1)]  # cut off mid-task

        second = start_worker(env, log)
        try:
            wait_for(lambda: recognitions(sqlite_file)[0][0] == "done", 120, "the second worker to finish")
        finally:
            kill(second, signal.SIGTERM)
    finally:
        log.close()
        broker.flushdb()
    assert "tambourin" in search_text(sqlite_file)


QUEUED_BROKER_DB = 12  # the queued batch's test has its own Redis database
DOCUMENTS = 60
# What the admin's upload view does with the form's files, in a process of its own.
UPLOAD = """
import os
from django.contrib.auth import get_user_model
from django.core.files import File
from archive.ingest.tasks import batch_enqueue
user = get_user_model().objects.get(username="archivist")
with open(os.environ["UPLOAD_MANIFEST"], "rb") as manifest, open(os.environ["UPLOAD_ZIP"], "rb") as files:
    batch_enqueue(manifest=File(manifest, name="manifest.csv"), files=File(files, name="files.zip"), user=user)
"""


def kept_uploads(store):
    return [path for path in (store / "incoming").rglob("*") if path.is_file()]


def batch_status(sqlite_file):
    return [status for (status,) in rows(sqlite_file, "SELECT status FROM archive_ingestbatch")]


def report_lines(sqlite_file):
    return [line for (line,) in rows(sqlite_file, "SELECT line FROM archive_ingestrow ORDER BY line")]


@pytest.mark.skipif(not redis_answers(), reason="no Redis on 127.0.0.1:6379")
@pytest.mark.django_db(transaction=True)
def test_worker_killed_mid_batch_the_queued_batch_completes_after_restart(
    tmp_path, archivist, alice, document_types
):
    broker = redis.Redis(host="127.0.0.1", port=6379, db=QUEUED_BROKER_DB)
    broker.flushdb()
    manifest, files_dir = write_batch(
        tmp_path / "big",
        [row("JU-1001", "promotion", "2015-01-01", f"Act {i}", f"act-{i}.pdf") for i in range(DOCUMENTS)],
        {f"act-{i}.pdf": make_pdf(f"Act number {i}", pages=2) for i in range(DOCUMENTS)},
    )
    zip_path = tmp_path / "files.zip"
    with zipfile.ZipFile(zip_path, "w") as archive:
        for path in sorted(files_dir.iterdir()):
            archive.write(path, path.name)
    url, sqlite_file = database_url(tmp_path)
    store = tmp_path / "store"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "ARCHIVE_ROOT": str(store),
        "LANGUAGE_CODE": "en",
        "TASK_BROKER_URL": f"redis://127.0.0.1:6379/{QUEUED_BROKER_DB}",
        "ARCHIVE_OCR_ON_INGEST": "0",
        "TASK_VISIBILITY_TIMEOUT": "3",
        "TASK_RESTORE_INTERVAL": "1",
    }
    upload_env = {**env, "UPLOAD_MANIFEST": str(manifest), "UPLOAD_ZIP": str(zip_path)}
    command = [sys.executable, "manage.py", "shell", "-c", UPLOAD]
    done = subprocess.run(command, cwd=ROOT, env=upload_env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    # The upload returned with the batch queued, its files in the archive storage, no worker yet.
    assert batch_status(sqlite_file) == ["queued"]
    assert count(sqlite_file, "archive_document") == 0
    assert len(kept_uploads(store)) == 2

    log = (tmp_path / "worker.log").open("wb")
    try:
        first = start_worker(env, log)
        wait_for(lambda: count(sqlite_file, "archive_document") >= 5, 120, "the first worker to store")
        kill(first, signal.SIGKILL)
        killed_at = count(sqlite_file, "archive_document")
        assert 5 <= killed_at < DOCUMENTS, "the batch ended before its worker could be killed"
        assert batch_status(sqlite_file) == ["running"]

        second = start_worker(env, log)
        try:
            wait_for(lambda: batch_status(sqlite_file) == ["done"], 180, "the second worker to finish")
        finally:
            kill(second, signal.SIGTERM)
    finally:
        log.close()
        broker.flushdb()
    assert count(sqlite_file, "archive_document") == DOCUMENTS
    assert count(sqlite_file, "archive_storedfile") == DOCUMENTS  # one original each: nothing twice
    assert report_lines(sqlite_file) == list(range(2, DOCUMENTS + 2))  # each line reported once
    assert kept_uploads(store) == []
