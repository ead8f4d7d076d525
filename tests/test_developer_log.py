"""`make run` prints lines a developer reads like Django's own, not JSON objects with a socket's repr;
production keeps one JSON object a line (the default)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What runserver logs for each request: the socket rides along as `request`.
EMIT = (
    "import logging, socket; s = socket.socket(); "
    "logging.getLogger('django.server').info('\"%s\" %s %s', 'GET /rn/ HTTP/1.1', '200', '6245', "
    "extra={'request': s, 'status_code': 200, 'server_time': '08/Dec/2026 04:00:41'}); s.close()"
)


def logged(log_format):
    env = {**os.environ, "LOG_FORMAT": log_format, "DEBUG": "1"}
    env.pop("DATABASE_URL", None)
    run = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", EMIT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return run.stderr.strip().splitlines()[-1]


def test_the_developer_log_reads_like_django():
    line = logged("text")
    assert line == '[08/Dec/2026 04:00:41] INFO django.server: "GET /rn/ HTTP/1.1" 200 6245'


def test_production_log_stays_json():
    assert json.loads(logged("json"))["message"] == '"GET /rn/ HTTP/1.1" 200 6245'
