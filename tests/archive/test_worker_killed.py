"""A worker killed mid-task (kill -9) loses nothing: the task is given to the next worker, which completes
it. Real processes: `manage.py ingest_batch` queues OCR on Redis and returns at once, a Celery worker
starts it and is killed, another worker finishes it."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from tests.archive.conftest import row, write_batch
from tests.archive.ocr_helpers import needs_ocr_tools, scan_with_words
from tests.archive.test_killed_batch import database_url

BROKER_DB = 11  # this test's own Redis database, emptied before and after
BROKER = f"redis://127.0.0.1:6379/{BROKER_DB}"
ROOT = Path(settings.BASE_DIR)


def redis_answers():
    try:
        return redis.Redis(host="127.0.0.1", port=6379, db=BROKER_DB, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def recognitions(sqlite_file):
    query = "SELECT status, attempts FROM archive_textrecognition"
    if sqlite_file is None:
        with connection.cursor() as cursor:
            cursor.execute(query)
            return cursor.fetchall()
    with sqlite3.connect(sqlite_file, timeout=30) as db:
        return db.execute(query).fetchall()


def search_text(sqlite_file):
    query = "SELECT search_text FROM archive_document"
    if sqlite_file is None:
        with connection.cursor() as cursor:
            cursor.execute(query)
            return cursor.fetchone()[0]
    with sqlite3.connect(sqlite_file, timeout=30) as db:
        return db.execute(query).fetchone()[0]


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
