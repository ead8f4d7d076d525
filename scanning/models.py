"""The scanning station: stacks of scanned paper (batches), each page as read, the documents cut from them,
and what happened to the paper.

The scanned file is kept unchanged in the archive storage with its batch; pages and documents only point
into it (by page number), so every cut, removal and rotation is a new viewing copy, never a new original.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from archive.models import Document, DocumentType, Servant
from ministries.models import Institution


class Station(models.Model):
    """A scanner and the people at it; a station tied to a ministry files only into that ministry's
    dossiers (its watched folder has no person to ask)."""

    name = models.SlugField(_("name"), max_length=60, unique=True)
    ministry = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ministry"),
        limit_choices_to={"parent__isnull": True},
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("scanning station")
        verbose_name_plural = _("scanning stations")

    def __str__(self):
        return self.name


class ScanBatch(models.Model):
    """One scanned file (a stack of dossiers), as received, and how far it went."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be read")
        READING = "reading", _("Being read")
        CHECKING = "checking", _("To check")
        CHECKED = "checked", _("Checked")
        REFUSED = "refused", _("Refused")
        FAILED = "failed", _("Failed")

    class PaperFate(models.TextChoices):
        RETURNED = "returned", _("Returned to the unit")
        KEPT = "kept", _("Kept by the archive")
        DESTROY_AFTER = "destroy_after", _("May be destroyed after a date")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    station = models.ForeignKey(Station, on_delete=models.PROTECT, related_name="batches")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    file_name = models.CharField(_("file"), max_length=255)
    # The same stack received twice is refused by this constraint, whichever worker or upload came second.
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    size_bytes = models.PositiveBigIntegerField(_("size (bytes)"), default=0)
    file_format = models.CharField(_("format"), max_length=10)
    storage_name = models.CharField(max_length=200, blank=True, editable=False)
    duplex = models.BooleanField(_("two-sided, scanned in two passes"), default=False)
    sheets_counted = models.PositiveIntegerField(_("sheets counted before scanning"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    problems = models.JSONField(_("problems with the whole batch"), default=list, blank=True)
    pages_total = models.PositiveIntegerField(_("pages"), default=0)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    checked_at = models.DateTimeField(_("checked"), null=True, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    paper_fate = models.CharField(_("the paper"), max_length=15, choices=PaperFate.choices, blank=True)
    paper_destroy_after = models.DateField(_("may be destroyed after"), null=True, blank=True)
    paper_note = models.CharField(_("note on the paper"), max_length=300, blank=True)
    paper_recorded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("scanned batch")
        verbose_name_plural = _("scanned batches")

    def __str__(self):
        return f"{self.file_name} ({self.received_at:%Y-%m-%d %H:%M})"


class ScanDocument(models.Model):
    """A document cut from a batch: its pages, dossier and type; `document` once filed in the archive."""

    batch = models.ForeignKey(ScanBatch, on_delete=models.CASCADE, related_name="documents")
    servant = models.ForeignKey(Servant, on_delete=models.PROTECT, related_name="+")
    document_type = models.ForeignKey(
        DocumentType, on_delete=models.PROTECT, related_name="+", verbose_name=_("document type")
    )
    act_date = models.DateField(_("date of the act"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    reference = models.CharField(_("reference of the act"), max_length=120, blank=True)
    # The date and reference found in the page's text, offered to the person checking.
    suggested_date = models.DateField(null=True, blank=True)
    suggested_reference = models.CharField(max_length=120, blank=True)
    document = models.OneToOneField(
        Document, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    filed_at = models.DateTimeField(_("filed"), null=True, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["batch", "pk"]
        verbose_name = _("scanned document")
        verbose_name_plural = _("scanned documents")

    def __str__(self):
        return f"{self.document_type} – {self.servant.matricule}"

    @property
    def date_to_confirm(self):
        return self.act_date is None


class ScanPage(models.Model):
    """One page of a batch, read once: what it is, where it went, and what a person should look at."""

    class Kind(models.TextChoices):
        COVER = "cover", _("Cover sheet")
        SEPARATOR = "separator", _("Separator sheet")
        PAGE = "page", _("Page")

    class State(models.TextChoices):
        IN_DOCUMENT = "document", _("In a document")
        SHEET = "sheet", _("Sheet kept with the batch")
        NEEDS_PERSON = "person", _("Needs a person")
        REMOVED = "removed", _("Blank, removed")

    batch = models.ForeignKey(ScanBatch, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField(_("page"))  # in reading order (after two-pass reordering)
    source_index = models.PositiveIntegerField()  # 0-based page of the stored file
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    state = models.CharField(_("state"), max_length=10, choices=State.choices)
    code = models.CharField(max_length=200, blank=True)
    document = models.ForeignKey(
        ScanDocument, on_delete=models.SET_NULL, null=True, blank=True, related_name="pages"
    )
    position = models.PositiveIntegerField(default=0)  # order within its document
    # Message ids (scanning/messages.py) a person reads; "held" flags keep a document from being filed.
    flags = models.JSONField(default=list, blank=True)
    reason = models.CharField(max_length=40, blank=True)  # why it needs a person
    ppi = models.PositiveIntegerField(default=0)
    rotation = models.PositiveSmallIntegerField(default=0)  # clockwise degrees that make it upright
    skew = models.FloatField(default=0)  # degrees, straightened on the viewing copy only
    fingerprint = models.CharField(max_length=2000, blank=True)  # grey grid, to find pages scanned twice
    thumbnail = models.BinaryField(blank=True, default=b"")
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["batch", "number"]
        verbose_name = _("scanned page")
        verbose_name_plural = _("scanned pages")
        constraints = [models.UniqueConstraint(fields=["batch", "number"], name="scanning_page_once")]

    def __str__(self):
        return f"{self.batch_id}:{self.number}"


class ScanClaim(models.Model):
    """A file of a watched folder taken by one worker: the unique name makes a second worker give way."""

    path = models.CharField(max_length=500, unique=True)
    size_bytes = models.PositiveBigIntegerField()
    claimed_at = models.DateTimeField(default=timezone.now)
    worker = models.CharField(max_length=100)
    batch = models.ForeignKey(ScanBatch, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        verbose_name = _("file taken from a watched folder")
        verbose_name_plural = _("files taken from watched folders")

    def __str__(self):
        return self.path


class Contact(models.Model):
    """How a servant is told that documents were added: a phone number for SMS and the language."""

    servant = models.OneToOneField(Servant, on_delete=models.CASCADE, related_name="+")
    phone_number = models.CharField(_("mobile phone number"), max_length=20, blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )

    class Meta:
        verbose_name = _("servant's contact")
        verbose_name_plural = _("servants' contacts")

    def __str__(self):
        return str(self.servant_id)
