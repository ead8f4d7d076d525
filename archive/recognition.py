"""Text recognition (OCR) of a scanned document: one row per document, the state the archivist sees.

Kept apart from archive.models (which imports it, so Django finds it) because it belongs to the OCR
feature, not to the records themselves.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TextRecognition(models.Model):
    """OCR of one document's viewing copy: queued on ingest, run by a worker, retried, then failed."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for a worker")
        RUNNING = "running", _("Running")
        DONE = "done", _("Text added")
        FAILED = "failed", _("Failed (see the error)")
        NO_TOOLS = "no_tools", _("OCR tools not installed")

    document = models.OneToOneField(
        "archive.Document",
        on_delete=models.PROTECT,
        related_name="text_recognition",
        verbose_name=_("document"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("last error"), blank=True)
    languages = models.CharField(_("Tesseract languages"), max_length=60, blank=True)
    text_chars = models.PositiveIntegerField(_("characters of text found"), default=0)
    queued_at = models.DateTimeField(_("queued"), default=timezone.now)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-queued_at"]
        verbose_name = _("text recognition (OCR)")
        verbose_name_plural = _("text recognition (OCR)")

    def __str__(self):
        return f"{self.document} – {self.get_status_display()}"
