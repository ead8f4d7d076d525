"""Fixity: every stored file re-hashed against the checksum recorded at ingest, oldest-checked first."""

import time
from dataclasses import dataclass, field

from django.db.models import F
from django.utils import timezone

from archive.models import CorrectionRequest, FixityEvent, IngestBatch, StoredFile
from archive.storage import all_stored_names, hash_stored


@dataclass
class FixityReport:
    checked: int = 0
    missing: list = field(default_factory=list)
    altered: list = field(default_factory=list)
    orphans: list = field(default_factory=list)
    destroyed: int = 0  # files removed on purpose by an approved destruction: not looked for
    not_removed: list = field(default_factory=list)  # destroyed files still in storage
    complete: bool = True  # False when the time budget ended the run before every file was checked

    @property
    def ok(self):
        return not (self.missing or self.altered or self.orphans or self.not_removed)


def verify_files(*, budget_seconds=None, orphans=True, progress=None):
    """Check files until done or out of time; record a FixityEvent per file; look for orphans on full runs."""
    report = FixityReport()
    started = time.monotonic()
    queue = StoredFile.objects.filter(destroyed_at__isnull=True).order_by(
        F("last_checked_at").asc(nulls_first=True), "pk"
    )
    total = queue.count()
    events = []
    for stored in queue.only("pk", "storage_name", "sha256", "size_bytes").iterator(chunk_size=500):
        if budget_seconds is not None and time.monotonic() - started > budget_seconds:
            report.complete = False
            break
        found = hash_stored(stored.storage_name)
        if found is None:
            outcome, digest = FixityEvent.Outcome.MISSING, ""
            report.missing.append(stored.storage_name)
        else:
            digest, size = found
            outcome = FixityEvent.Outcome.OK
            if digest != stored.sha256 or size != stored.size_bytes:
                outcome = FixityEvent.Outcome.ALTERED
                report.altered.append(stored.storage_name)
        events.append(FixityEvent(stored_file_id=stored.pk, outcome=outcome, sha256_found=digest))
        report.checked += 1
        if len(events) >= 500:
            _save(events)
        if progress:
            progress(report.checked, total)
    _save(events)
    if orphans and report.complete:
        _look_for_orphans(report)
    return report


def _look_for_orphans(report):
    """Files in storage that no record holds, and destroyed files that are still there."""
    kept = set(StoredFile.objects.filter(destroyed_at__isnull=True).values_list("storage_name", flat=True))
    destroyed = set(
        StoredFile.objects.filter(destroyed_at__isnull=False).values_list("storage_name", flat=True)
    )
    kept.update(
        CorrectionRequest.objects.exclude(attachment_name="").values_list("attachment_name", flat=True)
    )
    for batch in IngestBatch.objects.exclude(upload_files="").only(
        "upload_manifest", "upload_files", "upload_servants"
    ):
        kept.update(batch.upload_names)  # uploads waiting for a worker, or failed: not orphans
    report.destroyed = len(destroyed)
    for name in all_stored_names():
        if name in destroyed:
            report.not_removed.append(name)
        elif name not in kept:
            report.orphans.append(name)
    report.orphans.sort()
    report.not_removed.sort()


def _save(events):
    if not events:
        return
    now = timezone.now()
    for event in events:
        event.at = now
    FixityEvent.objects.bulk_create(events)
    StoredFile.objects.filter(pk__in=[e.stored_file_id for e in events]).update(last_checked_at=now)
    events.clear()
