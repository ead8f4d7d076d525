"""A real database outage under the production server: PostgreSQL's connections are cut, then come back.

gunicorn runs the site against PostgreSQL through a small TCP relay that the test can cut, as a
failed database host or a broken network would, with persistent connections on (the hard case: each
worker holds a connection that silently dies). Nothing is simulated inside Django.
"""

import contextlib
import itertools
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import redis

ROOT = Path(__file__).resolve().parent.parent
POSTGRES = ("127.0.0.1", 5432)
REDIS = ("127.0.0.1", 6379)
DATABASE = "isoko_outage_test"
REDIS_URL = "redis://127.0.0.1:6379/12"


def _listening(address):
    try:
        socket.create_connection(address, timeout=1).close()
        return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(
    not (_listening(POSTGRES) and _listening(REDIS)),
    reason="needs PostgreSQL at 127.0.0.1:5432 and Redis at :6379",
)


def _hang_up(*sockets):
    for end in sockets:
        with contextlib.suppress(OSError):
            end.shutdown(socket.SHUT_RDWR)


class CuttableRelay:
    """Forwards TCP connections to PostgreSQL until cut; while cut, every connection is dropped."""

    def __init__(self, target):
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.sockets = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            server = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            _hang_up(source, sink)

    def cut(self):
        self.up = False
        with self.lock:
            _hang_up(*self.sockets)
            self.sockets.clear()

    def restore(self):
        self.up = True

    def close(self):
        self.cut()
        self.listener.close()


def _psql(statement):
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(statement)


def _free_port():
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def get(url, language="en", session=""):
    cookie = f"django_language={language}" + (f"; sessionid={session}" if session else "")
    request = urllib.request.Request(url, headers={"Cookie": cookie})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture(scope="module")
def site_behind_relay(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("outage")
    _psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    _psql(f"CREATE DATABASE {DATABASE}")
    redis.Redis.from_url(REDIS_URL).flushdb()
    relay = CuttableRelay(POSTGRES)
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "REDIS_URL": REDIS_URL,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{relay.port}/{DATABASE}",
        "DATABASE_CONN_MAX_AGE": "600",
        "SECURE_SSL_REDIRECT": "0",
        "MEDIA_ROOT": str(tmp / "media"),
        "STATIC_ROOT": str(tmp / "static"),
    }
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True
        )
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "isoko.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(tmp / "gunicorn.log").open("w"),  # kept for reading when this test fails
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                raise
            time.sleep(0.2)
    yield base, relay
    server.terminate()
    server.wait(timeout=30)
    relay.close()
    _psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def test_a_database_outage_gives_translated_503s_and_the_site_recovers_by_itself(site_behind_relay):
    base, relay = site_behind_relay
    searches = (f"/search/?q=passport+{n}" for n in itertools.count())  # never in the page cache
    for _ in range(4):  # every worker holds a live, persistent connection
        assert get(base + "/en" + next(searches))[0] == 200
    assert get(base + "/fr/")[0] == 200  # now in the shared page cache

    relay.cut()
    for language, text in (("fr", "temporairement indisponible"), ("en", "temporarily unavailable")):
        for _ in range(4):
            status, headers, body = get(f"{base}/{language}{next(searches)}", language)
            assert status == 503
            assert headers["Retry-After"] == "30"
            assert text in body
            assert "Traceback" not in body and "psycopg" not in body and DATABASE not in body
    assert get(base + "/en" + next(searches), session="a-staff-session")[0] == 503
    status, _, body = get(base + "/healthz")
    assert status == 503 and '"database": "unavailable"' in body
    assert get(base + "/fr/")[0] == 200  # a page already cached is still served

    relay.restore()
    for _ in range(4):  # no restart: each worker replaces its dead connection on the next request
        assert get(base + "/en" + next(searches))[0] == 200
    status, _, body = get(base + "/healthz")
    assert status == 200 and '"database": "ok"' in body
