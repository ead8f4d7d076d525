"""A servant's request to correct their file: what is wrong (their details, a document, a missing act), an
optional scan, and HR's answer. Imported by archive.models; names the other archive models by label only,
so that the two modules do not import each other."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CorrectionQuerySet(models.QuerySet):
    def open(self):
        """Received or in progress: HR still owes an answer."""
        return self.filter(state__in=CorrectionRequest.OPEN_STATES)

    def overdue(self, today=None):
        """Open requests whose due date has passed."""
        return self.open().filter(due_on__lt=today or timezone.localdate())

    def with_listing(self):
        """With the servant and document every list shows."""
        return self.select_related("servant", "document__document_type")


class CorrectionRequest(models.Model):
    class Subject(models.TextChoices):
        DETAILS = "details", _("My details (name, date of birth, assignment, status)")
        DOCUMENT = "document", _("A document in my file")
        MISSING = "missing", _("A document is missing from my file")

    class State(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_PROGRESS = "in_progress", _("In progress")
        CORRECTED = "corrected", _("Corrected")
        REFUSED = "refused", _("Refused")

    OPEN_STATES = (State.RECEIVED, State.IN_PROGRESS)

    # The primary key is random: it is in every URL, the admin's included.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    servant = models.ForeignKey(
        "archive.Servant",
        on_delete=models.PROTECT,
        related_name="correction_requests",
        verbose_name=_("servant"),
    )
    document = models.ForeignKey(
        "archive.Document",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="correction_requests",
        verbose_name=_("document"),
    )
    subject = models.CharField(_("what is wrong"), max_length=10, choices=Subject.choices)
    description = models.TextField(_("what should be corrected"), max_length=2000)
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.RECEIVED, db_index=True
    )
    due_on = models.DateField(_("answer due by"), db_index=True)
    answer = models.TextField(_("answer"), max_length=2000, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    created_at = models.DateTimeField(_("asked"), default=timezone.now, editable=False)
    started_at = models.DateTimeField(_("taken in hand"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("answered"), null=True, blank=True, editable=False)
    # The optional scan, written once in the archive storage (verify_archive knows it is no orphan).
    attachment_name = models.CharField(max_length=200, blank=True, editable=False)
    attachment_format = models.CharField(_("format"), max_length=10, blank=True, editable=False)
    attachment_sha256 = models.CharField(max_length=64, blank=True, editable=False)
    attachment_size = models.PositiveBigIntegerField(default=0, editable=False)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("correction request")
        verbose_name_plural = _("correction requests")
        constraints = [
            models.CheckConstraint(
                condition=~Q(state="refused") | ~Q(answer=""),
                name="archive_correction_refusal_has_reason",
                violation_error_message=_("A refusal gives its reason."),
            ),
            models.CheckConstraint(
                condition=~Q(subject="document") | Q(document__isnull=False),
                name="archive_correction_document_named",
                violation_error_message=_("Choose the document that is wrong."),
            ),
        ]

    def __str__(self):
        return f"{self.get_subject_display()} ({self.created_at:%Y-%m-%d})"

    def get_absolute_url(self):
        return reverse("archive:correction", kwargs={"pk": self.pk})

    def clean(self):
        if self.subject == self.Subject.DOCUMENT and not self.document_id:
            raise ValidationError({"document": _("Choose the document that is wrong.")})
        if self.document_id and self.document.servant_id != self.servant_id:
            raise ValidationError({"document": _("Choose a document of your own file.")})
        if self.state == self.State.REFUSED and not self.answer.strip():
            raise ValidationError({"answer": _("A refusal gives its reason.")})

    @property
    def is_open(self):
        return self.state in self.OPEN_STATES

    def is_overdue(self, today=None):
        return self.is_open and self.due_on < (today or timezone.localdate())
