"""Stacks uploaded in the HR pages are read on the task queue (background/), not in the web request."""

import logging

from celery import shared_task
from django.conf import settings

from scanning.models import ScanBatch

logger = logging.getLogger(__name__)
MAX_RETRIES = 3


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=MAX_RETRIES)
def read_scan_batch(self, batch_id):
    """Read and file a batch; a failed attempt is tried again later (a run picks up where one stopped)."""
    from scanning.run import process

    try:
        process(batch_id)
    except Exception as error:  # storage or database away, a worker out of memory: try again
        if self.request.retries >= self.max_retries:
            logger.exception("Scan batch %s given up", batch_id)
            ScanBatch.objects.filter(pk=batch_id).update(status=ScanBatch.Status.FAILED)
            return
        raise self.retry(
            exc=error, countdown=settings.ARCHIVE_INGEST_RETRY_SECONDS * 2**self.request.retries
        ) from error
