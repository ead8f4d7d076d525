"""The archive's background work (background/celery.py): OCR of scans."""

from celery import shared_task
from django.conf import settings

from archive import ocr
from archive.recognition import TextRecognition
from background.queue import enqueue_on_commit

MAX_RETRIES = 3


def queue_recognition(document):
    """Record that `document` awaits OCR and queue it once the current transaction commits."""
    found, _created = TextRecognition.objects.update_or_create(
        document=document, defaults={"status": TextRecognition.Status.QUEUED, "error": ""}
    )
    enqueue_on_commit(recognise_text, found.pk)
    return found


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=MAX_RETRIES)
def recognise_text(self, recognition_id):
    """OCR one document; a failed attempt is tried again later, the last failure is kept with its error."""
    try:
        ocr.recognise(recognition_id, attempt=self.request.retries + 1)
    except Exception as error:  # OCRmyPDF refused or timed out, storage or database away: try again
        if self.request.retries >= self.max_retries:
            ocr.give_up(recognition_id, error)
            return
        TextRecognition.objects.filter(pk=recognition_id).update(
            status=TextRecognition.Status.QUEUED, error=str(error)[:4000]
        )
        raise self.retry(
            exc=error, countdown=settings.ARCHIVE_OCR_RETRY_SECONDS * 2**self.request.retries
        ) from error
