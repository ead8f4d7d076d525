"""What citizens search for never reaches the logs, with the logging of production: gunicorn started by
the Dockerfile's CMD and ENV, Django's LOGGING from isoko/settings.py with DEBUG off, the request log at
its production level. Everything the server writes (stdout and stderr) is read back.

Searches are personal: people type names, identity numbers and their troubles into the search box, the
USSD menu and SMS. The static files are collected once, into the cache the image test uses."""

import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.test_production_image import (
    GOOD_SECRET,
    ROOT,
    dockerfile_command,
    dockerfile_instructions,
    free_port,
    static_inputs_key,
    wait_for_health,
)

pytestmark = pytest.mark.image

SEARCHED = "Ndikumana-Pascaline-0415"  # a name and a number, as a citizen would type them
GATEWAY_SECRET = "gateway-secret-for-the-log-test"  # noqa: S105


def collected_static(environment):
    """STATIC_ROOT with the production manifest, collected once per set of inputs."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "isoko" / "collectstatic"
    folder = cache / static_inputs_key()
    if not folder.is_dir():
        partial = folder.with_name(f"{folder.name}.{os.getpid()}")
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env={**environment, "STATIC_ROOT": str(partial)},
            check=True,
        )
        partial.rename(folder)
    return folder


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("logs")
    environment = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(scratch)),
        "LANG": "C.UTF-8",
        "SECRET_KEY": GOOD_SECRET,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{scratch / 'db.sqlite3'}",
        "MEDIA_ROOT": str(scratch / "media"),
        "FEATURE_PHONE_GATEWAY_SECRET": GATEWAY_SECRET,
    }
    for instruction, arguments in dockerfile_instructions():  # ISOKO_ENV=production, WEB_CONCURRENCY…
        if instruction == "ENV":
            environment.update(word.split("=", 1) for word in arguments.split())
    environment.update(WEB_CONCURRENCY="1", DEBUG="0")
    environment["STATIC_ROOT"] = str(collected_static(environment))
    migrate = [sys.executable, "manage.py", "migrate", "-v0"]
    subprocess.run(migrate, cwd=ROOT, env=environment, check=True)
    port = free_port()
    command = dockerfile_command()
    command[command.index("--bind") + 1] = f"127.0.0.1:{port}"
    log_path = scratch / "server.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / command[0]), *command[1:]],
            cwd=ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    assert wait_for_health(f"{base}/healthz", server) is not None, log_path.read_text()[-3000:]
    yield base, server, log_path
    server.terminate()
    server.wait(timeout=20)


def ask(url, data=None, headers=None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    # As the TLS-terminating proxy in front of production says (SECURE_PROXY_SSL_HEADER).
    request = urllib.request.Request(
        url, data=body, headers={"X-Forwarded-Proto": "https", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_no_search_term_reaches_the_production_logs(production_server):
    base, server, log_path = production_server
    quoted = urllib.parse.quote(SEARCHED)
    statuses = [
        ask(f"{base}/fr/search/?q={quoted}"),
        ask(f"{base}/rn/procedures/?q={quoted}&ministry={quoted}"),  # a filter that names nothing
        ask(f"{base}/api/v1/procedures/?q={quoted}"),  # an unknown parameter: a 400 naming it
        ask(f"{base}/fr/search/?q={quoted}", headers={"Host": "evil.example"}),  # a refused host, logged
        ask(
            f"{base}/feature-phones/ussd/",
            {
                "sessionId": "s1",
                "serviceCode": "*123#",
                "phoneNumber": "+25779000000",
                "text": f"3*{SEARCHED}",
            },
            {"X-Gateway-Secret": GATEWAY_SECRET},
        ),
        ask(
            f"{base}/feature-phones/sms/?key={GATEWAY_SECRET}",
            {"from": "+25779000000", "to": "12345", "text": SEARCHED},
        ),
    ]
    server.terminate()
    server.wait(timeout=20)
    written = log_path.read_text()
    requests = [json.loads(line) for line in written.splitlines() if line.startswith("{")]
    logged_paths = {entry.get("path") for entry in requests if entry.get("logger") == "isoko.requests"}
    # The log is really being read: each request left its line (path only), and the refused host its own.
    assert {"/fr/search/", "/rn/procedures/", "/api/v1/procedures/"} <= logged_paths, written[-3000:]
    assert statuses[2] == 400 and statuses[3] == 400
    assert "django.security.DisallowedHost" in written
    assert SEARCHED not in written and quoted not in written
    assert GATEWAY_SECRET not in written and "79000000" not in written
    shutil.rmtree(log_path.parent / "media", ignore_errors=True)
