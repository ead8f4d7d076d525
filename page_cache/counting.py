"""Counting what the page cache serves: views and searches are still counted when no view runs.

Counts are gathered in memory and written every few seconds, so neither a page served from the cache
nor a page built for one request costs a write of its own."""

import atexit
import logging
import threading
import time
from collections import Counter

logger = logging.getLogger(__name__)


class BatchedCounts:
    """`add(key)` counts in this process; every `every_seconds` the counts go to `send({key: count})`,
    all at once, so that the receiver can write them in one statement.

    A worker that stops sends what is pending as it exits; counts are lost only when it is killed:
    these are statistics, not records."""

    def __init__(self, send, every_seconds=10):
        self.send = send
        self.every_seconds = every_seconds
        self.pending = Counter()
        self.lock = threading.Lock()
        self.last_sent = time.monotonic()
        atexit.register(self._flush_at_exit)

    def add(self, key):
        with self.lock:
            self.pending[key] += 1
            if time.monotonic() - self.last_sent < self.every_seconds:
                return
        self.flush()

    def flush(self):
        """Send every pending count now."""
        with self.lock:
            batch = dict(self.pending)
            self.pending.clear()
            self.last_sent = time.monotonic()
        if batch:
            self.send(batch)

    def _flush_at_exit(self):
        try:
            self.flush()
        except Exception:  # the process is ending: nothing left to tell but the log
            logger.warning("counts pending at exit were lost", exc_info=True)


def count_when_served_from_cache(response, function, *args):
    """Have the page cache call `function(*args)` whenever it serves this page without the view, so
    views and searches are still counted. `function` must be importable: it is stored with the page."""
    response.on_cache_hit = (function, args)
    return response
