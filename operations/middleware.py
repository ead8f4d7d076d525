"""A database that cannot be reached gives citizens a translated 'come back soon' page, not an error."""

from django.contrib.sessions.middleware import SessionMiddleware
from django.db import DatabaseError, InterfaceError, OperationalError
from django.shortcuts import render

RETRY_AFTER_SECONDS = 30


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
        return outage_response(request) if is_outage(exception) else None


class OutageTolerantSessionMiddleware(SessionMiddleware):
    """Django's session middleware, whose session save after every request (staff sessions end after a
    day idle) meets an outage outside any view: the same 503 page instead of a 500."""

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except (OperationalError, InterfaceError, DatabaseError) as exception:
            if not is_outage(exception):
                raise
            return outage_response(request)
