"""What a load balancer asks: can this instance reach its database and write its files?

The shared cache is reported too, but does not make the instance unhealthy: without it pages are
built for every request (slower, still right), and taking every instance out because Redis is down
would turn a slowdown into an outage."""

import uuid

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from page_cache import version as catalogue_version


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any failure means "not healthy"; the details belong in the logs, not here
        return False


def _storage_ok():
    name = f"healthz/{uuid.uuid4().hex}.txt"
    try:
        saved = default_storage.save(name, ContentFile(b"ok"))
        default_storage.delete(saved)
        return True
    except Exception:
        return False


def _cache_state():
    try:
        catalogue_version.current()
        return "ok"
    except catalogue_version.CacheUnavailable:
        return "unavailable"


@never_cache
def healthz(request):
    state = {
        "database": "ok" if _database_ok() else "unavailable",
        "storage": "ok" if _storage_ok() else "unavailable",
    }
    healthy = all(value == "ok" for value in state.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **state, "cache": _cache_state()},
        status=200 if healthy else 503,
    )
