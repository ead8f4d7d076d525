"""The catalogue version: one shared counter that moves whenever published content changes.

Cached pages are stored with the version they were built from and served only while it is current.
The counter lives in the shared cache (Redis in production). Asking Redis for it on every page view
would cost a round trip per request, so each process *listens* instead: a bump is announced on a Redis
pub/sub channel and every worker's listener thread updates its own copy within a millisecond. While a
process is not listening (Redis restarting, connection lost, no Redis at all) it asks the cache on
every request, as before, so a missed announcement can never keep a stale page alive.
"""

import logging
import os
import threading
import time

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

VERSION_KEY = "catalogue-version"
REDIS_ERRORS = (redis.RedisError,)
# Besides listening, a listener re-reads the counter this often: it repairs a counter reset behind
# its back (FLUSHDB) and proves the connection still works.
RESYNC_SECONDS = 2.0


class CacheUnavailable(Exception):
    """The shared cache cannot be reached: pages are built without it."""


def _start_counter():
    """A counter that starts from the clock, not from 1: if the shared cache is emptied, the new
    counter never repeats a version some worker still holds pages for in memory."""
    start = time.time_ns() // 1000
    cache.add(VERSION_KEY, start, timeout=None)
    return start


def _read_shared_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = cache.get(VERSION_KEY, _start_counter())
    return int(version)


class VersionListener:
    """This process's copy of the catalogue version, kept current by a Redis subscription."""

    def __init__(self, url):
        self.url = url
        # Channels are server-wide: name ours after the counter's key and database, so that another
        # site or test run on the same Redis server is not heard.
        db = redis.connection.parse_url(url).get("db", 0)
        self.channel = f"isoko:{cache.make_key(VERSION_KEY)}:db{db}"
        self.version = None  # None: not listening, ask the cache
        self._pid = None
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._publisher = self._publisher_pid = None
        # A change whose bump could not reach Redis: bumped as soon as Redis answers again, or pages
        # built before that change would be served once Redis is back.
        self.bump_owed = False

    def current(self):
        if self._pid != os.getpid():  # first call, or first call after gunicorn forked this worker
            self._start()
        return self.version

    def stop(self):
        """Stop listening (the thread ends at its next wake-up); the copy is no longer trusted."""
        self._stopped.set()
        self.version = None

    def heard(self, version):
        """A bump seen here or announced by another process. Versions only grow within a subscription."""
        if self.version is not None and version > self.version:
            self.version = version

    def _start(self):
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()
            self.version = None
            threading.Thread(target=self._listen_forever, name="catalogue-version", daemon=True).start()

    def _listen_forever(self):
        pause = 0.1
        lost = False
        while not self._stopped.is_set():
            client = redis.Redis.from_url(self.url, socket_connect_timeout=2, health_check_interval=10)
            pubsub = client.pubsub()
            try:
                pubsub.subscribe(self.channel)
                # Confirmed subscribed before the first read: a bump in between is read or heard.
                confirmation = pubsub.get_message(timeout=2.0)
                if confirmation is None or confirmation["type"] != "subscribe":
                    raise redis.ConnectionError("no subscription confirmation")
                pause = 0.1
                if lost:
                    # A change may have been committed while nobody could tell Redis: assume one was.
                    self.bump_owed = True
                self._listen(pubsub)
            except Exception as error:  # any failure: stop trusting our copy, retry with backoff
                self.version = None
                lost = True
                if self._stopped.is_set():
                    return
                logger.warning("catalogue version listener lost Redis: %s", error)
                self._stopped.wait(pause)
                pause = min(pause * 2, 5.0)
            finally:
                pubsub.close()
                client.close()

    def _listen(self, pubsub):
        self.version = _read_shared_version()
        resync_at = time.monotonic() + RESYNC_SECONDS
        while not self._stopped.is_set():
            if self.bump_owed:
                _bump()
            message = pubsub.get_message(timeout=RESYNC_SECONDS)
            if message is not None and message["type"] == "message":
                self.heard(int(message["data"]))
            if time.monotonic() >= resync_at and not self._stopped.is_set():
                self.version = _read_shared_version()
                resync_at = time.monotonic() + RESYNC_SECONDS

    def announce(self, version):
        self.heard(version)
        if self._publisher is None or self._publisher_pid != os.getpid():
            self._publisher = redis.Redis.from_url(self.url, socket_connect_timeout=1, socket_timeout=1)
            self._publisher_pid = os.getpid()
        self._publisher.publish(self.channel, version)


_listener = VersionListener(settings.REDIS_URL) if getattr(settings, "REDIS_URL", "") else None


def current():
    """The catalogue version pages must carry to be served. Raises CacheUnavailable."""
    version = _listener.current() if _listener is not None else None
    if version is not None:
        return version
    try:
        return _read_shared_version()
    except REDIS_ERRORS as error:
        raise CacheUnavailable from error


def bump_after_commit():
    """Content changed: once the change is committed, every cached page is stale.

    Bumping before the commit would let a request still seeing the old rows store them under the new
    version, to be served until the next change."""
    transaction.on_commit(_bump)


def _bump():
    try:
        try:
            version = cache.incr(VERSION_KEY)
        except ValueError:  # no counter yet (first change, or the cache was emptied)
            _start_counter()
            version = cache.incr(VERSION_KEY)
        if _listener is not None:
            _listener.bump_owed = False
            _listener.announce(version)
    except REDIS_ERRORS:
        # Other listeners re-read the counter every RESYNC_SECONDS; this one bumps again when it can.
        logger.exception("could not announce a catalogue change")
        if _listener is not None:
            _listener.bump_owed = True
