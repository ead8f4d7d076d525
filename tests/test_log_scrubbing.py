"""No log line carries a query string: citizens type names and identity numbers into the search box.

Django's own lines are the risky ones: a rejected host, a CSRF failure and a 500 each log the
request, whose address includes the query string; runserver logs the whole request line.
"""

import json
import logging
from io import StringIO

import pytest
from django.test import Client, RequestFactory

from operations.logging import JsonFormatter

SECRET = "Ndayishimiye"


@pytest.fixture
def log_output():
    """What the configured handler (isoko/settings.py LOGGING) writes, instead of stderr."""
    (handler,) = [h for h in logging.getLogger().handlers if isinstance(h.formatter, JsonFormatter)]
    stream = StringIO()
    # Swapped without setStream(), which flushes the previous stream: under pytest that may be a capture
    # stream an earlier test has closed.
    previous, handler.stream = handler.stream, stream
    yield stream
    handler.stream = previous


def lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_rejected_host_is_logged_without_the_query_string(db, log_output):
    assert Client().get(f"/fr/search/?q={SECRET}+Jean", HTTP_HOST="evil.example").status_code == 400
    entries = lines(log_output)
    assert any(entry["logger"] == "django.security.DisallowedHost" for entry in entries)
    assert SECRET not in log_output.getvalue()


def test_a_csrf_failure_is_logged_without_the_query_string(db, log_output):
    client = Client(enforce_csrf_checks=True)
    assert client.post(f"/i18n/setlang/?next=/fr/search/%3Fq%3D{SECRET}&q={SECRET}").status_code == 403
    assert any(entry["logger"] == "django.security.csrf" for entry in lines(log_output))
    assert SECRET not in log_output.getvalue()


def test_a_server_error_is_logged_without_the_query_string(db, log_output, monkeypatch):
    def broken(query):
        raise RuntimeError(f"search failed at /fr/search/?q={query}")

    monkeypatch.setattr("procedures.views.search_procedures", broken)
    response = Client(raise_request_exception=False).get(f"/fr/search/?q={SECRET}")
    assert response.status_code == 500
    (entry,) = [entry for entry in lines(log_output) if entry["logger"] == "django.request"]
    assert entry["request"] == "GET /fr/search/" and "RuntimeError" in entry["exception"]
    assert SECRET not in log_output.getvalue()


def test_the_development_server_request_line_has_no_query_string(log_output):
    request = RequestFactory().get(f"/fr/search/?q={SECRET}")
    logging.getLogger("django.server").warning(
        '"%s" %s %s', f"GET /fr/search/?q={SECRET} HTTP/1.1", "404", "179", extra={"request": request}
    )
    (entry,) = lines(log_output)
    assert entry["message"] == '"GET /fr/search/ HTTP/1.1" 404 179'
    assert SECRET not in log_output.getvalue()


def test_only_query_strings_are_cut(log_output):
    logging.getLogger("isoko.anything").warning(
        "Is the office open? See /fr/offices/x/?a=1 and http://h/p?b=2"
    )
    (entry,) = lines(log_output)
    assert entry["message"] == "Is the office open? See /fr/offices/x/ and http://h/p"
