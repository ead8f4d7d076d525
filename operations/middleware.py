"""A database that cannot be reached gives citizens a translated 'come back soon' page, not an error."""

from django.db import DatabaseError, InterfaceError, OperationalError
from django.shortcuts import render

RETRY_AFTER_SECONDS = 30


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if (
            not isinstance(exception, OperationalError | InterfaceError)
            and type(exception) is not DatabaseError
        ):
            return None
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
