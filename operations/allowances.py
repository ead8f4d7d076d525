"""Allowances: how many requests one person (an address, a phone number) may make in a period.

They are counted in the shared cache (Redis), so that every worker sees one count. When the cache cannot
be shared (no REDIS_URL: each process has its own LocMemCache) or cannot count (Redis is away: then
in this process's memory), each process counts alone and allows only its share of the limit: the limit divided by WEB_PROCESSES, the
number of processes serving requests, rounded up. So:
- a Redis outage never makes a guard fail (no 500) nor fail open (a flood is still stopped);
- the workers together never allow more than the limit (plus rounding): the allowance is not
  multiplied by the number of workers;
- the price, during an outage only: a person whose requests all land on one worker is stopped at that
  worker's share. The limits are set well above honest use (a USSD session, a citizen's reports).
After a failure the shared cache is left alone for RETRY_SECONDS, so an outage where Redis does not
answer costs one request its socket timeout, not every request.

The login lockout (django-axes) is not one of these: it counts failures in the database.
"""

import logging
import math
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

from page_cache.version import REDIS_ERRORS

logger = logging.getLogger(__name__)

RETRY_SECONDS = 15
# A cache that is each process's own (the default without REDIS_URL): counting in it is counting alone.
PER_PROCESS_BACKENDS = {"django.core.cache.backends.locmem.LocMemCache"}
KEPT_COUNTS = 50_000  # per process; the least recently counted go first


class _LocalCounts:
    def __init__(self, size):
        self.size = size
        self.counts = OrderedDict()
        self.lock = threading.Lock()
        self.shared_away_until = 0.0

    def add_one(self, key):
        with self.lock:
            count = self.counts.pop(key, 0) + 1
            self.counts[key] = count
            while len(self.counts) > self.size:
                self.counts.popitem(last=False)
            return count

    def clear(self):
        with self.lock:
            self.counts.clear()
            self.shared_away_until = 0.0


_local = _LocalCounts(KEPT_COUNTS)


def forget():
    """Drop this process's counts and its memory of an outage (tests start with none)."""
    _local.clear()


def _per_process_cache():
    return settings.CACHES["default"]["BACKEND"] in PER_PROCESS_BACKENDS


def _count_in_cache(key, seconds):
    """This request's number in the cache's count; None when the cache cannot count."""
    if time.monotonic() < _local.shared_away_until:
        return None
    try:
        if cache.add(key, 1, timeout=seconds * 2):
            return 1
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=seconds * 2)
            return 1
    except REDIS_ERRORS:
        _local.shared_away_until = time.monotonic() + RETRY_SECONDS
        logger.warning("shared cache unavailable: allowances counted per process for %ss", RETRY_SECONDS)
        return None


def process_share(limit):
    """What one process allows of `limit` when it counts alone."""
    return math.ceil(limit / max(1, settings.WEB_PROCESSES))


def exceeded(kind, who, limit, seconds):
    """Counts this request of `who` (a hash, never an address or a number) for `kind` in the current
    window of `seconds`; True once it is beyond the allowance."""
    key = f"allowance:{kind}:{who}:{int(time.time() // seconds)}"
    count = _count_in_cache(key, seconds)
    if count is None:
        return _local.add_one(key) > process_share(limit)
    return count > (process_share(limit) if _per_process_cache() else limit)
