"""A database that cannot be reached gives citizens a translated 'come back soon' page, not an error."""

import logging
import time

from django.contrib.sessions.middleware import SessionMiddleware
from django.db import DatabaseError, InterfaceError, OperationalError
from django.shortcuts import render

RETRY_AFTER_SECONDS = 30
TOUCH_EVERY_SECONDS = 300
TOUCHED_KEY = "_last_touched"

logger = logging.getLogger(__name__)


def is_outage(exception):
    """The database is unreachable (not a bug in a query, which stays a 500 to be fixed)."""
    return isinstance(exception, OperationalError | InterfaceError) or type(exception) is DatabaseError


def outage_response(request):
    response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """For errors raised by views."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_outage(exception):
            return None
        # What the database said, for whoever looks into the outage (the page says nothing of it).
        logger.warning("database unavailable: %s: %s", type(exception).__name__, exception)
        return outage_response(request)


class OutageTolerantSessionMiddleware(SessionMiddleware):
    """Django's session middleware, with two changes.

    A session in use is saved again every TOUCH_EVERY_SECONDS, so that it ends SESSION_COOKIE_AGE after
    the last activity (staff sessions end after a working day idle) without a write on every page.
    And a database outage while saving, outside any view, gives the same 503 page instead of a 500."""

    def process_response(self, request, response):
        session = getattr(request, "session", None)
        if session is not None and session.accessed and session.session_key:
            now = int(time.time())
            if now - session.get(TOUCHED_KEY, 0) >= TOUCH_EVERY_SECONDS:
                session[TOUCHED_KEY] = now
        try:
            return super().process_response(request, response)
        except (OperationalError, InterfaceError, DatabaseError) as exception:
            if not is_outage(exception):
                raise
            return outage_response(request)
