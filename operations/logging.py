"""Structured logs: one JSON line per request, never a password, a cookie or a session id."""

import json
import logging
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
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


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
