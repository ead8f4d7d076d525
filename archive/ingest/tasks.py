"""Batches uploaded in the admin run on the task queue (background/), not in the web request.

The upload is kept in the archive storage (a folder every worker mounts, or the bucket) under random
names, not on the web machine's disk; the batch is created *queued* and a worker runs it. The task may be
delivered more than once (acknowledged late: a worker killed mid-batch, or the visibility timeout passed
while it still ran): each run fills the same batch and picks up where the last one stopped, since the
rows already reported stay as they are and what is in its dossier is skipped (archive/ingest/run.py). The
upload is removed once the batch is finished, and kept after a failure so that it can be run again.

The task lives here rather than in archive/tasks.py: ingest queues OCR through archive.tasks, so
archive.tasks cannot import ingest (the import contracts forbid the cycle). ArchiveConfig.ready() imports
this module, so every worker knows the task.
"""

import logging
from contextlib import ExitStack

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from archive import access
from archive.ingest.messages import problem
from archive.ingest.run import Ingest
from archive.ingest.sources import ZipSource, batch_limits
from archive.models import IngestBatch, random_storage_name
from archive.storage import archive_storage, write_once
from audit.models import AuditEvent, record
from background.queue import enqueue_on_commit

logger = logging.getLogger(__name__)

MAX_RETRIES = 3
FINISHED = (IngestBatch.Status.DONE, IngestBatch.Status.REFUSED)
UPLOAD_FOLDER = "incoming"  # where uploads wait in the archive storage (a lifecycle rule can watch it)


def batch_enqueue(*, manifest, files, servants=None, user, request=None):
    """Keep an uploaded manifest, ZIP and optional servants sheet in the archive storage, create their
    batch queued, audit the upload and queue the batch for a worker once this commits."""
    kept = []
    try:
        names = {"upload_manifest": _keep(manifest, kept), "upload_files": _keep(files, kept)}
        if servants is not None:
            names["upload_servants"] = _keep(servants, kept)
        with transaction.atomic():
            batch = IngestBatch.objects.create(
                manifest_name=manifest.name[:255],
                manifest_sha256=kept[0][1],
                created_by=user,
                status=IngestBatch.Status.QUEUED,
                **names,
            )
            record(
                AuditEvent.Action.UPLOAD,
                actor=user,
                target=batch,
                request=request,
                role=access.reader_role(user),
                status=batch.status,
                bytes=sum(size for _name, _sha256, size in kept),
            )
    except BaseException:
        _delete([name for name, _sha256, _size in kept])
        raise
    enqueue_on_commit(ingest_uploaded_batch, batch.pk)
    return batch


def batch_requeue(batch):
    """Queue a failed batch again (or a queued one whose message was lost, the broker being away)."""
    if batch.status not in (IngestBatch.Status.FAILED, IngestBatch.Status.QUEUED) or not batch.upload_files:
        return False
    batch.status = IngestBatch.Status.QUEUED
    batch.problems = [found for found in batch.problems if found["code"] != "ingest_failed"]
    batch.finished_at = None
    batch.save(update_fields=["status", "problems", "finished_at"])
    enqueue_on_commit(ingest_uploaded_batch, batch.pk)
    return True


def _keep(upload, kept):
    name = f"{UPLOAD_FOLDER}/{random_storage_name()}"
    upload.seek(0)  # the form's check of the ZIP has read it
    sha256, size = write_once(name, upload)
    kept.append((name, sha256, size))
    return name


def _delete(names):
    storage = archive_storage()
    for name in names:
        storage.delete(name)  # a name already gone is no error (file system and S3 alike)


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=MAX_RETRIES)
def ingest_uploaded_batch(self, batch_id):
    """Run an uploaded batch; a failed attempt is tried again later, the last failure shown on the batch."""
    try:
        batch_run_upload(batch_id)
    except Exception as error:  # storage or database away, a worker out of disk: try again
        attempt = self.request.retries + 1
        if self.request.retries >= self.max_retries:
            logger.exception("Ingest batch %s failed at attempt %s: given up", batch_id, attempt)
            batch_give_up(batch_id)
            return
        logger.warning("Ingest batch %s failed at attempt %s: tried again", batch_id, attempt, exc_info=True)
        IngestBatch.objects.filter(pk=batch_id, status=IngestBatch.Status.RUNNING).update(
            status=IngestBatch.Status.QUEUED
        )
        raise self.retry(
            exc=error, countdown=settings.ARCHIVE_INGEST_RETRY_SECONDS * 2**self.request.retries
        ) from error


def batch_run_upload(batch_id):
    """Ingest a queued batch from its stored upload (again, if a run was cut off), then remove the upload."""
    batch = IngestBatch.objects.select_related("created_by").filter(pk=batch_id).first()
    if batch is None or batch.status == IngestBatch.Status.FAILED:
        return
    if batch.status not in FINISHED:
        batch.status = IngestBatch.Status.RUNNING
        batch.save(update_fields=["status"])
        _ingest(batch)
    # Finished (now, or by a run cut off before it removed the upload).
    _delete(batch.upload_names)
    IngestBatch.objects.filter(pk=batch.pk).update(upload_manifest="", upload_files="", upload_servants="")


def _ingest(batch):
    storage = archive_storage()
    user = access.acting_for(batch.created_by)
    with ExitStack() as stack:
        manifest = stack.enter_context(storage.open(batch.upload_manifest, "rb"))
        # A ZIP is read out of order: from object storage, django-storages spools it to the worker's disk.
        files = stack.enter_context(storage.open(batch.upload_files, "rb"))
        servants = None
        if batch.upload_servants:
            servants = stack.enter_context(storage.open(batch.upload_servants, "rb"))
        source = ZipSource(files, **batch_limits())
        Ingest(
            manifest=manifest,
            source=source,
            manifest_name=batch.manifest_name,
            servants=servants,
            allowed_servants=access.dossiers_for(user),
            user=user,
            progress=_rows_counted(batch),
            batch=batch,
        ).run()


def _rows_counted(batch):
    """Progress that puts the number of rows on the batch as soon as the manifest is read (its page shows
    "0 of 250 rows handled" while the files are being checked, rather than "0 of 0")."""

    def progress(phase, done, total):
        if phase == "check" and done == 1:
            IngestBatch.objects.filter(pk=batch.pk).update(rows_total=total)

    return progress


def batch_give_up(batch_id):
    """The last attempt failed: the batch says so on its page; its upload is kept to run it again."""
    batch = IngestBatch.objects.filter(pk=batch_id).first()
    if batch is None or batch.status in (*FINISHED, IngestBatch.Status.FAILED):
        return
    batch.status = IngestBatch.Status.FAILED
    batch.problems = [*batch.problems, problem("ingest_failed")]
    batch.finished_at = timezone.now()
    batch.save(update_fields=["status", "problems", "finished_at"])
