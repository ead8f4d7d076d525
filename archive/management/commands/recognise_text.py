"""Queue OCR for every scanned document whose text is not yet in: scans stored before OCR was set up,
failed attempts after the cause was fixed, work queued while no worker ran."""

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils.translation import ngettext

from archive.models import Document, StoredFile
from archive.recognition import TextRecognition
from archive.tasks import queue_recognition


class Command(BaseCommand):
    help = "Queue text recognition (OCR) for scanned documents that have no text yet."

    def handle(self, *args, **options):
        scans = Document.objects.filter(
            Q(files__role=StoredFile.Role.ORIGINAL, files__position=1)
            & (~Q(files__file_format="pdf") | Q(search_text=""))
        ).exclude(text_recognition__status=TextRecognition.Status.DONE)
        queued = 0
        for document in scans.distinct().iterator():
            queue_recognition(document)
            queued += 1
        message = ngettext(
            "%(count)d document queued for text recognition.",
            "%(count)d documents queued for text recognition.",
            queued,
        )
        self.stdout.write(message % {"count": queued})
