"""Structured logs: one JSON line per request, never a password, a cookie, a session id or a query string."""

import contextlib
import json
import logging
import re
import time

from django.db import DatabaseError

request_logger = logging.getLogger("isoko.requests")


class JsonFormatter(logging.Formatter):
    """Each record as one line of JSON, with whatever fields were passed in `extra`."""

    standard = set(vars(logging.makeLogRecord({})))

    def format(self, record):
        data = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        data.update(
            {k: v for k, v in vars(record).items() if k not in self.standard and not k.startswith("_")}
        )
        if record.exc_text:  # already written out (and scrubbed) by ScrubQueryStrings
            data["exception"] = record.exc_text
        elif record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


# A query string after a path or address: "/fr/search/?q=…", "http://host/x?y=z".
_QUERY_STRING = re.compile(r"(/[^\s?'\"<>]*)\?[^\s'\"<>]+")


def scrub(text):
    """`text` with every query string cut off its path: citizens type names and ids into searches."""
    return _QUERY_STRING.sub(r"\1", text)


class ScrubQueryStrings(logging.Filter):
    """On every handler, for every record whatever its logger: Django's own lines (a rejected host,
    a CSRF failure, a 500, runserver's request line) carry the request, and its repr, in `extra`,
    the full address with its query string."""

    standard = JsonFormatter.standard

    def filter(self, record):
        # A malformed format string is left for logging to report, not made an error here.
        with contextlib.suppress(TypeError, ValueError):
            record.msg, record.args = scrub(record.getMessage()), ()
        for name, value in list(vars(record).items()):
            if name in self.standard or name.startswith("_"):
                continue
            if name == "request" and hasattr(value, "path"):
                record.request = f"{getattr(value, 'method', '')} {value.path}".strip()
            elif isinstance(value, str):
                setattr(record, name, scrub(value))
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def _staff_user_id(request):
    user = getattr(request, "user", None)
    try:
        return user.pk if user is not None and user.is_authenticated else None
    except DatabaseError:  # the session could not be read: the database is down, a 503 is on its way
        return None


class RequestLogMiddleware:
    """Method, path (no query string: citizens type names into search), status, time, and the staff
    user's id when there is one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        request_logger.info(
            "request",
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "language": getattr(request, "LANGUAGE_CODE", ""),
                "user_id": _staff_user_id(request),
            },
        )
        return response
