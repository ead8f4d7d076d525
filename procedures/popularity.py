"""Counting page views for "most consulted" without a database write on every page view.

Views are counted in the shared cache; `manage.py record_procedure_views` (safe to run every few
minutes) adds them to Procedure.view_count.
"""

import logging

from django.core.cache import cache
from django.db.models import F

from page_cache.counting import BatchedCounts, counts_cache_hits
from page_cache.version import REDIS_ERRORS
from procedures.models import Procedure

logger = logging.getLogger(__name__)

KEY = "procedure-views:{}"


def record_view(procedure_id, count=1):
    """Count views; a count lost while the shared cache is down costs nothing but a little accuracy."""
    key = KEY.format(procedure_id)
    try:
        try:
            cache.incr(key, count)  # one round trip in the usual case
        except ValueError:  # first view since the last flush
            if not cache.add(key, count, timeout=None):
                cache.incr(key, count)
    except REDIS_ERRORS:
        logger.warning("shared cache unavailable: %s views of procedure %s not counted", count, procedure_id)


def record_views(counts):
    """`record_view` for each {procedure_id: count} of a batch."""
    for procedure_id, count in counts.items():
        record_view(procedure_id, count)


_views_served_from_cache = BatchedCounts(send=record_views)


@counts_cache_hits("procedure-view")
def record_view_soon(procedure_id):
    """Count a view, built or served from the page cache; counts reach the shared cache every few
    seconds in one batch."""
    _views_served_from_cache.add(procedure_id)


def flush_view_counts():
    """Move the cached counts into the database. Returns the number of views recorded."""
    ids = list(Procedure.objects.values_list("pk", flat=True))
    counts = cache.get_many([KEY.format(pk) for pk in ids])
    recorded = 0
    for key, count in counts.items():
        if not count:
            continue
        procedure_id = int(key.rsplit(":", 1)[1])
        Procedure.objects.filter(pk=procedure_id).update(view_count=F("view_count") + count)
        cache.decr(key, count)
        recorded += count
    return recorded
