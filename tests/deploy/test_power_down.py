"""The power-down hook stops the task workers the way systemd stops isoko-worker.service (KillMode=mixed:
SIGTERM to Celery's main process, its warm shutdown): a worker in the middle of an OCR task finishes it
and exits; after the restart the task has been done once, nothing is lost and no file is half-written.
Real processes: `manage.py ingest_batch` queues OCR on Redis, a Celery worker (prefork, as in
production) runs it. (A worker killed before it could finish: tests/archive/test_worker_killed.py.)"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings

from tests.archive.conftest import row, write_batch
from tests.archive.ocr_helpers import needs_ocr_tools, scan_with_words
from tests.archive.test_killed_batch import database_url
from tests.archive.test_worker_killed import recognitions, redis_answers, search_text, wait_for

BROKER_DB = 13  # this test's own Redis database, emptied before and after
ROOT = Path(settings.BASE_DIR)


def start_worker(env, log):
    command = [sys.executable, "-m", "celery", "-A", "background", "worker", "--concurrency", "1"]
    command += ["--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel", "INFO"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)


@needs_ocr_tools
@pytest.mark.skipif(not redis_answers(), reason="no Redis on 127.0.0.1:6379")
@pytest.mark.django_db(transaction=True)
def test_worker_stopped_by_the_power_down_finishes_its_task_once(
    tmp_path, alice, document_types, archive_root
):
    broker = redis.Redis(host="127.0.0.1", port=6379, db=BROKER_DB)
    broker.flushdb()
    manifest, files_dir = write_batch(
        tmp_path / "scans",
        [row("JU-1001", "promotion", "2016-02-01", "Promotion", "promotion.tif")],
        {"promotion.tif": scan_with_words("ARRETE", "KALIMBA ORAGE", pages=2)},
    )
    url, sqlite_file = database_url(tmp_path)
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "ARCHIVE_ROOT": str(archive_root),
        "LANGUAGE_CODE": "en",
        "TASK_BROKER_URL": f"redis://127.0.0.1:6379/{BROKER_DB}",
        "ARCHIVE_OCR_ON_INGEST": "1",
        "TASK_VISIBILITY_TIMEOUT": "3",
        "TASK_RESTORE_INTERVAL": "1",
    }
    ingest = [sys.executable, "manage.py", "ingest_batch", str(manifest), str(files_dir), "--no-progress"]
    done = subprocess.run(ingest, cwd=ROOT, env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()

    log = (tmp_path / "worker.log").open("wb")
    try:
        worker = start_worker(env, log)
        wait_for(lambda: recognitions(sqlite_file) == [("running", 1)], 60, "the worker to start OCR")
        os.kill(worker.pid, signal.SIGTERM)  # systemd's stop: SIGTERM to the main process only
        worker.wait(timeout=120)
        # It finished the task before exiting, rather than dropping it.
        assert recognitions(sqlite_file) == [("done", 1)], (tmp_path / "worker.log").read_text()

        restarted = start_worker(env, log)
        try:
            time.sleep(5)  # longer than the visibility timeout: a task handed back would run again now
        finally:
            os.kill(restarted.pid, signal.SIGTERM)
            restarted.wait(timeout=60)
    finally:
        log.close()
        broker.flushdb()
    assert recognitions(sqlite_file) == [("done", 1)]  # done once, not again after the restart
    assert "kalimba" in search_text(sqlite_file)
    # No half-written or stray file: every stored file is whole and named by a row.
    verify = [sys.executable, "manage.py", "verify_archive", "--no-progress"]
    checked = subprocess.run(
        verify, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert checked.returncode == 0, checked.stderr
