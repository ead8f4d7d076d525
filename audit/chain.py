"""Checking the audit chain: every event's hash recomputed, every link to the event before followed."""

from dataclasses import dataclass

from audit.models import GENESIS, AuditEvent, ChainHead, seal


@dataclass
class Break:
    event_id: int | None
    problem: str  # "changed", "removed_before", "removed_at_end"


def verify_chain(chunk_size=2000):
    """Yield each break in the chain, oldest first (events committed but not chained yet are chained
    first, so that every committed event is checked)."""
    seal()
    expected_prev = GENESIS
    last_pk = None
    last_hash = GENESIS
    for event in AuditEvent.objects.filter(seq__isnull=False).order_by("seq").iterator(chunk_size=chunk_size):
        if event.prev_hash != expected_prev:
            yield Break(event.pk, "removed_before")
        if event.compute_hash() != event.hash:
            yield Break(event.pk, "changed")
        expected_prev = event.hash
        last_pk, last_hash = event.pk, event.hash
    head = ChainHead.objects.filter(pk=1).first()
    if head is not None and (head.last_hash != last_hash or (head.last_event or None) != last_pk):
        yield Break(last_pk, "removed_at_end")
