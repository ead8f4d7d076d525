"""The audit chain does not make one servant's reading wait for another's transaction (issue 24.5)."""

import threading
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.utils import translation

from audit.models import AuditEvent, record


def verify():
    out = StringIO()
    with translation.override("en"):
        call_command("verify_audit", stdout=out, stderr=out)
    return out.getvalue()


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_a_reading_is_recorded_while_another_servants_transaction_is_still_open():
    first_recorded, first_may_commit, second_done = threading.Event(), threading.Event(), threading.Event()

    def first_servant():  # records their reading, then their request goes on (its transaction open)
        try:
            with transaction.atomic():
                record(AuditEvent.Action.VIEW, servant="first")
                first_recorded.set()
                first_may_commit.wait(30)
        finally:
            connections.close_all()

    def second_servant():
        try:
            with transaction.atomic():
                record(AuditEvent.Action.VIEW, servant="second")
            second_done.set()
        finally:
            connections.close_all()

    first = threading.Thread(target=first_servant)
    first.start()
    assert first_recorded.wait(30)
    second = threading.Thread(target=second_servant)
    second.start()
    # With the chain head locked for the length of the first transaction, this waited until it ended.
    finished_while_first_open = second_done.wait(10)
    first_may_commit.set()
    first.join()
    second.join()

    assert finished_while_first_open
    # Chained in the order they committed: the second reading first.
    chained = list(AuditEvent.objects.order_by("seq").values_list("details__servant", flat=True))
    assert chained == ["second", "first"]
    assert "intact" in verify()


@pytest.mark.django_db(transaction=True)
def test_an_event_rolled_back_with_its_action_is_never_chained():
    with pytest.raises(RuntimeError), transaction.atomic():
        record(AuditEvent.Action.VIEW, servant="rolled back")
        raise RuntimeError("the action failed")
    record(AuditEvent.Action.VIEW, servant="kept")  # outside a transaction: chained at once

    kept = AuditEvent.objects.get()
    assert kept.details == {"servant": "kept"} and kept.seq is not None and kept.hash == kept.compute_hash()
    assert "intact" in verify()


@pytest.mark.django_db(transaction=True)
def test_a_changed_or_removed_event_is_still_found():
    for number in range(4):
        record(AuditEvent.Action.VIEW, servant=str(number))
    events = list(AuditEvent.objects.order_by("seq"))
    AuditEvent.objects.filter(pk=events[1].pk).update(details={"servant": "someone else"})
    with pytest.raises(Exception, match="tampered"):
        verify()
    AuditEvent.objects.filter(pk=events[1].pk).update(details={"servant": "1"})
    assert "intact" in verify()
    AuditEvent.objects.filter(pk=events[2].pk)._raw_delete(AuditEvent.objects.db)
    with pytest.raises(Exception, match="tampered"):
        verify()
