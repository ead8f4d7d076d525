import threading
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.utils import translation

from audit.models import AuditEvent, record


def verify():
    out, err = StringIO(), StringIO()
    with translation.override("en"):
        call_command("verify_audit", stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


@pytest.fixture
def events(db, justice_clerk, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # chained once committed
        written = [record(AuditEvent.Action.VIEW, actor=justice_clerk, note=f"event {i}") for i in range(5)]
    return list(AuditEvent.objects.filter(pk__in=[event.pk for event in written]).order_by("seq"))


def test_untouched_log_verifies(events):
    assert "intact" in verify()
    assert events[1].prev_hash == events[0].hash


def test_edited_event_is_found(events):
    AuditEvent.objects.filter(pk=events[2].pk).update(details={"note": "something else"})
    with pytest.raises(CommandError):
        verify()


def test_removed_event_is_found(events):
    AuditEvent.objects.filter(pk=events[2].pk)._raw_delete(AuditEvent.objects.db)
    with pytest.raises(CommandError):
        verify()


def test_removed_newest_event_is_found(events):
    AuditEvent.objects.filter(pk=events[-1].pk)._raw_delete(AuditEvent.objects.db)
    with pytest.raises(CommandError):
        verify()


def test_events_cannot_be_changed_or_deleted_through_the_model(events):
    event = events[0]
    event.details = {"note": "rewritten"}
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_request_address_and_role_are_recorded(rf, justice_clerk, django_capture_on_commit_callbacks):
    request = rf.get("/", REMOTE_ADDR="198.51.100.7")
    with django_capture_on_commit_callbacks(execute=True):
        event = record(AuditEvent.Action.VIEW, actor=justice_clerk, request=request, role="hr")
    event.refresh_from_db()
    assert (event.address, event.role) == ("198.51.100.7", "hr")
    assert event.compute_hash() == event.hash


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_form_one_unbroken_chain():
    """Eight threads appending at once: chained after each commit, no two events share a link."""

    def write(number):
        try:
            for i in range(10):
                record(AuditEvent.Action.VIEW, writer=number, i=i)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert AuditEvent.objects.count() == 80
    assert len(set(AuditEvent.objects.values_list("prev_hash", flat=True))) == 80
    assert "intact" in verify()
