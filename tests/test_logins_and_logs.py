"""Staff logins are throttled, and every request leaves one structured log line without secrets."""

import json
import logging

from django.urls import reverse

from audit.models import AuditEvent
from operations.logging import JsonFormatter


def log_in(client, password):
    return client.post(reverse("admin:login"), {"username": "clerk-justice", "password": password})


def test_account_is_locked_after_five_wrong_passwords(client, justice_clerk):
    client.cookies["django_language"] = "en"
    for _attempt in range(4):
        assert log_in(client, "wrong password").status_code == 200  # the form again, with an error
    assert log_in(client, "wrong password").status_code == 429  # the fifth locks the account
    locked = log_in(client, "a-long-test-password")  # even the right password is refused now
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.text
    assert AuditEvent.objects.filter(action="login_failed", actor_name="clerk-justice").count() >= 5


def test_right_password_works_before_the_limit(client, justice_clerk):
    log_in(client, "wrong password")
    assert log_in(client, "a-long-test-password").status_code == 302


def test_passwords_must_be_long_and_uncommon(django_user_model):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ["password123", "12345678901234", "short1!"]:
        try:
            validate_password(weak)
        except ValidationError:
            continue
        raise AssertionError(f"{weak!r} was accepted")


def test_one_json_line_per_request_without_secrets(client, justice_clerk, caplog):
    handler_output = []
    formatter = JsonFormatter()
    with caplog.at_level(logging.INFO, logger="isoko.requests"):
        log_in(client, "a-long-test-password")
        client.get("/fr/search/?q=Ndayishimiye+Jean")
    lines = [formatter.format(record) for record in caplog.records if record.name == "isoko.requests"]
    handler_output.extend(lines)
    assert len(lines) == 2
    entries = [json.loads(line) for line in lines]
    assert (
        entries[0]["method"] == "POST"
        and entries[0]["path"] == "/admin/login/"
        and entries[0]["status"] == 302
    )
    assert entries[1]["path"] == "/fr/search/" and entries[1]["language"] == "fr"
    everything = "\n".join(handler_output)
    assert "a-long-test-password" not in everything
    assert "sessionid" not in everything and client.cookies["sessionid"].value not in everything
    assert "Ndayishimiye" not in everything  # what citizens type is not logged
