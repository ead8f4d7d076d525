"""Counting page views for "most consulted" without a database write on every page view.

Views are counted in the shared cache; `manage.py record_procedure_views` (safe to run every few
minutes) adds them to Procedure.view_count.
"""

from django.core.cache import cache
from django.db.models import F

from procedures.models import Procedure

KEY = "procedure-views:{}"


def record_view(procedure_id):
    key = KEY.format(procedure_id)
    if not cache.add(key, 1, timeout=None):
        try:
            cache.incr(key)
        except ValueError:  # expired or evicted between add() and incr()
            cache.add(key, 1, timeout=None)


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
