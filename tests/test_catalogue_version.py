"""Every worker learns of a published change from Redis at once, and never trusts a copy it cannot keep current.

These tests use the real Redis server (database 13, emptied first); they skip when none is running.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.core.cache import cache

from page_cache import version as catalogue_version
from page_cache.version import VERSION_KEY, VersionListener
from procedures.models import Fee

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("ISOKO_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


def _redis_running():
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


needs_redis = pytest.mark.skipif(not _redis_running(), reason=f"no Redis server at {REDIS_URL}")


@pytest.fixture
def shared_cache(settings):
    redis.Redis.from_url(REDIS_URL).flushdb()
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    yield
    redis.Redis.from_url(REDIS_URL).flushdb()


@pytest.fixture
def listener(shared_cache, monkeypatch):
    """This process listening, as a gunicorn worker does; only announcements move its copy (no resync)."""
    monkeypatch.setattr(catalogue_version, "RESYNC_SECONDS", 600)
    listener = VersionListener(REDIS_URL)
    monkeypatch.setattr(catalogue_version, "_listener", listener)
    wait_for(lambda: listener.current() is not None)
    yield listener
    listener.stop()


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("condition not reached")
        time.sleep(0.01)


def bump_in_another_process():
    """What another gunicorn worker (or `manage.py import_catalogue`) does when a change commits."""
    env = {**os.environ, "REDIS_URL": REDIS_URL, "DJANGO_SETTINGS_MODULE": "isoko.settings"}
    env.pop("DATABASE_URL", None)
    code = "import django; django.setup(); from page_cache import version as catalogue_version; catalogue_version._bump()"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)


@needs_redis
def test_a_change_committed_by_another_process_is_heard_without_asking(listener):
    before = listener.current()
    bump_in_another_process()
    wait_for(lambda: listener.current() != before)
    assert listener.current() == cache.get(VERSION_KEY) > before


@needs_redis
def test_a_change_missed_while_disconnected_is_read_on_reconnection(listener):
    before = listener.current()
    redis.Redis.from_url(REDIS_URL).client_kill_filter(_type="pubsub")
    cache.incr(VERSION_KEY)  # changed while nobody listened: no announcement will ever come
    wait_for(lambda: (listener.current() or 0) > before)
    # On reconnection the listener also bumps once itself, in case a change could not be announced.
    wait_for(lambda: listener.current() == cache.get(VERSION_KEY) == before + 2)


def test_a_listener_that_cannot_reach_redis_trusts_nothing(caplog):
    listener = VersionListener("redis://127.0.0.1:1/0")
    listener.current()
    wait_for(lambda: "listener lost Redis" in caplog.text)  # it tried, and failed
    assert listener.current() is None  # so every request asks the shared cache itself
    listener.stop()


@needs_redis
def test_an_emptied_cache_never_brings_back_an_old_version(shared_cache):
    first = catalogue_version.current()
    cache.clear()
    assert catalogue_version.current() > first


@needs_redis
@pytest.mark.django_db
def test_a_published_fee_shows_at_once_through_redis(
    client, passport, listener, page_cache, django_capture_on_commit_callbacks
):
    assert b"235,000 BIF" in client.get("/en/procedures/passport/").content
    assert b"235,000 BIF" in client.get("/en/procedures/passport/").content  # now from the cache
    with django_capture_on_commit_callbacks(execute=True):
        fee = Fee.objects.get(procedure=passport)
        fee.amount_bif = 240_000
        fee.save()
    assert b"240,000 BIF" in client.get("/en/procedures/passport/").content


@pytest.mark.django_db
def test_pages_are_still_served_when_the_shared_cache_is_down(client, passport, settings):
    settings.PAGE_CACHE = True
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    for _ in range(2):
        response = client.get("/en/procedures/passport/", HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
