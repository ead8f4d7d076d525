"""Counting what the page cache serves: views and searches are still counted when no view runs.

Counts are gathered in memory and written every few seconds, so neither a page served from the cache
nor a page built for one request costs a write of its own."""

import atexit
import logging
import os
import threading
import time
from collections import Counter

from django import db

logger = logging.getLogger(__name__)


class BatchedCounts:
    """`add(key)` counts in this process; every `every_seconds` the counts go to `send({key: count})`,
    all at once, so that the receiver can write them in one statement.

    The batch is sent by a thread of its own, never by the request that happened to count last: under
    load a batch holds hundreds of rows, and writing them inside one request made it the slowest of
    all. (`every_seconds=0` sends at once, in the caller: tests that read the counts back use it.)

    A worker that stops sends what is pending as it exits; counts are lost only when it is killed:
    these are statistics, not records."""

    def __init__(self, send, every_seconds=10):
        self.send = send
        self.every_seconds = every_seconds
        self.pending = Counter()
        self.lock = threading.Lock()
        self._sender_pid = None
        atexit.register(self._flush_at_exit)

    def add(self, key):
        with self.lock:
            self.pending[key] += 1
        if self.every_seconds <= 0:
            self.flush()
        elif self._sender_pid != os.getpid():  # first count, or first since gunicorn forked us
            self._start_sender()

    def flush(self):
        """Send every pending count now."""
        with self.lock:
            batch = dict(self.pending)
            self.pending.clear()
        if batch:
            self.send(batch)

    def _start_sender(self):
        with self.lock:
            if self._sender_pid == os.getpid() or self.every_seconds == float("inf"):
                return
            self._sender_pid = os.getpid()
        threading.Thread(target=self._send_forever, name="batched-counts", daemon=True).start()

    def _send_forever(self):
        while True:
            time.sleep(self.every_seconds)
            try:
                self.flush()
            except Exception:  # a statistic lost; the next batch is tried all the same
                logger.warning("a batch of counts was lost", exc_info=True)
            finally:
                # This thread's own database connection: not kept open between batches.
                db.connections.close_all()

    def _flush_at_exit(self):
        try:
            self.flush()
        except Exception:  # the process is ending: nothing left to tell but the log
            logger.warning("counts pending at exit were lost", exc_info=True)


# Name -> function, for count_when_served_from_cache: a stored page names what to call, it never
# holds a function (an entry stays plain data, readable by the next release).
_hit_counters = {}


def counts_cache_hits(name):
    """Decorator: `function` may be called, by `name`, when the page cache serves a page without its
    view (count_when_served_from_cache)."""

    def register(function):
        _hit_counters[name] = function
        return function

    return register


def count_when_served_from_cache(response, name, *args):
    """Have the page cache call the function registered as `name` with `args` whenever it serves this
    page without the view, so views and searches are still counted. `args` are stored with the page."""
    if name not in _hit_counters:
        raise LookupError(f"no function counts cache hits as {name!r}")
    response.on_cache_hit = (name, args)
    return response


def count_cache_hit(on_hit):
    """Call what a stored page names (nothing for a name no longer registered)."""
    name, args = on_hit
    function = _hit_counters.get(name)
    if function is not None:
        function(*args)
