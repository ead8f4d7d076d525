"""Personnel files: servants (each servant is their own dossier), documents, the stored files, fixity checks
and ingest batches.

A servant has exactly one dossier, created and moved with them, with no life of its own: a separate Dossier
row would only add a join to every query and a second id to keep in step. So the Servant row *is* the
dossier; "dossier" in URLs and pages means a servant's documents.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from archive.text import fold
from ministries.models import Institution

MATRICULE_VALIDATOR = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9/.-]*$",
    _("A matricule is letters, digits, '/', '.' or '-', with no spaces."),
    code="bad_matricule",
)


class ArchiveRoleQuerySet(models.QuerySet):
    def in_force(self):
        """Grants that count: confirmed by a second administrator, on a staff account that is nobody's
        servant account (a servant's own account never holds a role, whatever a row says)."""
        return self.filter(confirmed_at__isnull=False, user__is_staff=True, user__servant__isnull=True)


class ArchiveRole(models.Model):
    """What a staff account may read in the archive: one ministry's dossiers (HR) or all (archivist).

    A grant is made by one administrator and counts once a second administrator confirms it
    (archive/grants.py); it names the person who holds it, so that the archive's two-person rules hold
    between people, not merely between accounts (archive/two_person.py)."""

    class Role(models.TextChoices):
        HR_OFFICER = "hr", _("HR officer")
        ARCHIVIST = "archivist", _("Archivist")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="archive_role",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    ministry = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ministry"),
        limit_choices_to={"parent__isnull": True},
        help_text=_("The ministry whose servants an HR officer sees. Archivists see every ministry."),
    )
    person = models.CharField(
        _("person"),
        max_length=60,
        default="",  # grants made before people were recorded: they count again once re-confirmed
        help_text=_(
            "Who holds this role: the number of their national identity card, as the granting "
            "administrator saw it. One person holds one role account."
        ),
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("granted by"),
    )
    granted_at = models.DateTimeField(_("granted"), null=True, blank=True, editable=False)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("confirmed by"),
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)

    objects = ArchiveRoleQuerySet.as_manager()

    class Meta:
        verbose_name = _("archive role")
        verbose_name_plural = _("archive roles")
        constraints = [
            models.CheckConstraint(
                condition=Q(role="archivist") | Q(ministry__isnull=False),
                name="archive_hr_officer_has_ministry",
                violation_error_message=_("An HR officer belongs to a ministry."),
            ),
            models.UniqueConstraint(
                fields=["person"],
                condition=~Q(person=""),
                name="archive_role_one_per_person",
                violation_error_message=_("This person already holds an archive role on another account."),
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()}"

    def clean(self):
        if self.role == self.Role.HR_OFFICER and not self.ministry_id:
            raise ValidationError({"ministry": _("An HR officer belongs to a ministry.")})
        if self.ministry_id and self.ministry.parent_id:
            raise ValidationError({"ministry": _("Choose a ministry, not an agency.")})
        self.person = normalise_person(self.person)
        if not self.person:
            raise ValidationError({"person": _("Give the number of the identity card of the person.")})
        if self.user_id:
            if not self.user.is_staff:
                raise ValidationError({"user": _("An archive role is held only by a staff account.")})
            if Servant.objects.filter(user_id=self.user_id).exists():
                raise ValidationError(
                    {"user": _("This is a servant's own account: it can never hold an archive role.")}
                )

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


def account_may_be_a_servants(user):
    """A servant's own account is a plain one: never staff, an administrator or an archive role's."""
    return not (user.is_staff or user.is_superuser or ArchiveRole.objects.filter(user=user).exists())


def normalise_person(value):
    """Identity numbers are copied by hand: ' ab 12-34 ' and 'AB1234' are one person."""
    return "".join(character for character in str(value or "").upper() if character.isalnum())


class DocumentType(models.Model):
    """A kind of act kept in a dossier (appointment decree, promotion, evaluation…), translated."""

    code = models.SlugField(_("code"), max_length=40, unique=True, help_text=_("Used in ingest manifests."))
    name = models.CharField(_("name"), max_length=150)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("document type")
        verbose_name_plural = _("document types")

    def __str__(self):
        return self.name or self.code


class CareerType(models.Model):
    """A kind of career (civil servant under statute, contract agent…) and the documents it requires."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=150)
    required_documents = models.ManyToManyField(
        DocumentType, blank=True, related_name="+", verbose_name=_("required documents")
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("type of career")
        verbose_name_plural = _("types of career")

    def __str__(self):
        return self.name or self.code


class ServantQuerySet(models.QuerySet):
    def with_assignment(self):
        """With the ministry, institution and career type every dossier heading shows."""
        return self.select_related("ministry", "institution", "career_type")


class Servant(models.Model):
    """A public servant and, with them, their dossier."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        RETIRED = "retired", _("Retired")
        LEFT = "left", _("Left the service")
        DECEASED = "deceased", _("Deceased")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    matricule = models.CharField(_("matricule"), max_length=30, unique=True, validators=[MATRICULE_VALIDATOR])
    surname = models.CharField(_("surname"), max_length=100)
    given_names = models.CharField(_("given names"), max_length=150, blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    # The ministry is kept with the institution so that "this ministry's servants" is one indexed filter;
    # save() derives it, so a servant moved to another ministry's body moves with their dossier.
    ministry = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("ministry"),
        editable=False,
    )
    institution = models.ForeignKey(
        Institution, on_delete=models.PROTECT, related_name="servants", verbose_name=_("institution")
    )
    career_type = models.ForeignKey(
        CareerType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="servants",
        verbose_name=_("type of career"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    # When the servant retired, left the service or died: retention periods such as "5 years after
    # retirement or death" count from it.
    left_service_on = models.DateField(
        _("left the service on"),
        null=True,
        blank=True,
        help_text=_("Date of retirement, leaving the service or death."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="servant",
        verbose_name=_("account"),
    )
    search_name = models.CharField(max_length=300, editable=False, db_index=True)

    objects = ServantQuerySet.as_manager()

    class Meta:
        ordering = ["surname", "given_names", "matricule"]
        verbose_name = _("servant")
        verbose_name_plural = _("servants")

    def __str__(self):
        return f"{self.matricule} {self.full_name}"

    def save(self, *args, **kwargs):
        if self.institution_id:
            self.ministry_id = self.institution.ministry_id
        self.search_name = fold(f"{self.surname} {self.given_names}")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "ministry", "search_name"}
        super().save(*args, **kwargs)

    def clean(self):
        if self.user_id and not account_may_be_a_servants(self.user):
            raise ValidationError(
                {"user": _("A staff account, or one holding an archive role, is never a servant's account.")}
            )

    # Not get_absolute_url: Django's "view on site" redirect (/admin/r/<type>/<pk>/) would hand any staff
    # account the dossier's random id for a sequential one.
    def page_url(self):
        return reverse("archive:dossier", kwargs={"public_id": self.public_id})

    @property
    def full_name(self):
        return " ".join(part for part in (self.surname, self.given_names) if part)


class DocumentQuerySet(models.QuerySet):
    def kept(self):
        """Documents not destroyed under their retention rule."""
        return self.filter(destroyed_at__isnull=True)

    def for_dossier_page(self):
        """Newest act first within each type, with its type: one query whatever the number."""
        return (
            self.kept()
            .select_related("document_type")
            .order_by("-act_date", "document_type__position", "title")
        )


class Document(models.Model):
    """One act in a dossier: its original file(s) exactly as received and, for scans, a PDF viewing copy."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    servant = models.ForeignKey(Servant, on_delete=models.PROTECT, related_name="documents")
    document_type = models.ForeignKey(
        DocumentType, on_delete=models.PROTECT, related_name="documents", verbose_name=_("document type")
    )
    act_date = models.DateField(_("date of the act"))
    title = models.CharField(_("title"), max_length=300)
    reference = models.CharField(_("reference of the act"), max_length=120, blank=True)
    pages = models.PositiveIntegerField(_("pages"), default=0)
    # SHA-256 of the original (or of the originals' checksums in order, for several scanned pages): the
    # key that makes a re-run batch skip what is already in.
    content_sha256 = models.CharField(max_length=64, editable=False)
    search_text = models.TextField(editable=False, blank=True)
    batch = models.ForeignKey(
        "IngestBatch", on_delete=models.SET_NULL, null=True, blank=True, related_name="documents"
    )
    created_at = models.DateTimeField(_("registered"), default=timezone.now, editable=False)
    # Set when the document was destroyed under its retention rule (archive/retention.py): the row stays,
    # as the destruction record's subject and so that re-running its batch does not bring it back.
    destroyed_at = models.DateTimeField(_("destroyed"), null=True, blank=True, editable=False)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-act_date", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.UniqueConstraint(
                fields=["servant", "content_sha256"], name="archive_document_once_per_dossier"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.act_date:%Y-%m-%d})"

    def page_url(self):  # not get_absolute_url: see Servant.page_url
        return reverse("archive:document", kwargs={"public_id": self.public_id})


def random_storage_name():
    """Where a file goes in the archive storage: random, so names say nothing and never collide."""
    token = uuid.uuid4().hex
    return f"{token[:2]}/{token[2:4]}/{token}"


class StoredFile(models.Model):
    """A file in the archive storage, written once. The checksum and size are those measured at ingest."""

    class Role(models.TextChoices):
        ORIGINAL = "original", _("Original")
        VIEWING = "viewing", _("Viewing copy")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="files")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    storage_name = models.CharField(max_length=200, unique=True, default=random_storage_name, editable=False)
    original_name = models.CharField(_("name when received"), max_length=255, blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    size_bytes = models.PositiveBigIntegerField(_("size (bytes)"))
    content_type = models.CharField(_("content type"), max_length=100)
    file_format = models.CharField(_("format"), max_length=10)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_checked_at = models.DateTimeField(_("last fixity check"), null=True, blank=True, db_index=True)
    # Removed from storage on purpose, by a destruction approved by a second archivist: verify_archive
    # does not look for it (and reports it if it is still there).
    destroyed_at = models.DateTimeField(_("destroyed"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["document", "role", "position"]
        verbose_name = _("stored file")
        verbose_name_plural = _("stored files")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "role", "position"], name="archive_file_position_once"
            ),
            models.CheckConstraint(condition=Q(size_bytes__gt=0), name="archive_file_not_empty"),
        ]

    def __str__(self):
        return f"{self.get_role_display()} {self.position} – {self.document}"

    @property
    def download_name(self):
        extension = {"pdf": "pdf", "tiff": "tif", "jpeg": "jpg", "png": "png"}.get(self.file_format, "bin")
        return f"{self.document.document_type.code}-{self.document.act_date:%Y-%m-%d}-{self.position}.{extension}"


class FixityEvent(models.Model):
    """One re-hash of a stored file by verify_archive."""

    class Outcome(models.TextChoices):
        OK = "ok", _("Intact")
        MISSING = "missing", _("Missing")
        ALTERED = "altered", _("Altered")

    stored_file = models.ForeignKey(StoredFile, on_delete=models.PROTECT, related_name="fixity_events")
    at = models.DateTimeField(default=timezone.now, db_index=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    sha256_found = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("fixity check")
        verbose_name_plural = _("fixity checks")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_outcome_display()}"


class IngestBatch(models.Model):
    """One run of a manifest and its files. Running the manifest again is a new batch that skips what is in.

    The command line runs a batch at once; one uploaded in the admin waits, queued, for a worker
    (archive/ingest/tasks.py), its files kept meanwhile in the archive storage (the upload_* names).
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")
        REFUSED = "refused", _("Refused")
        FAILED = "failed", _("Failed")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    manifest_name = models.CharField(_("manifest"), max_length=255)
    manifest_sha256 = models.CharField(max_length=64, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.RUNNING)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows handled"), default=0)
    problems = models.JSONField(_("problems with the whole batch"), default=list, blank=True)
    # Servants the batch's servants sheet created: their activation letters are printed from the batch.
    servants_created = models.ManyToManyField(
        Servant, blank=True, related_name="+", verbose_name=_("servants created")
    )
    # An uploaded batch's files in the archive storage, where every worker reads them, until it is
    # finished (done or refused); kept after a failure, for running it again.
    upload_manifest = models.CharField(max_length=200, blank=True, editable=False)
    upload_files = models.CharField(max_length=200, blank=True, editable=False)
    upload_servants = models.CharField(max_length=200, blank=True, editable=False)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("ingest batch")
        verbose_name_plural = _("ingest batches")

    def __str__(self):
        return f"{self.manifest_name} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def in_progress(self):
        """Queued or running: its page refreshes itself until it is finished."""
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    @property
    def upload_names(self):
        """The storage names of its upload still kept (none once it is finished)."""
        return [n for n in (self.upload_manifest, self.upload_files, self.upload_servants) if n]


class IngestRow(models.Model):
    """What happened to one manifest row, in words an HR officer can act on."""

    class Outcome(models.TextChoices):
        STORED = "stored", _("Stored")
        SKIPPED = "skipped", _("Already in the dossier")
        REFUSED = "refused", _("Refused")

    batch = models.ForeignKey(IngestBatch, on_delete=models.CASCADE, related_name="rows")
    line = models.PositiveIntegerField(_("line"))
    matricule = models.CharField(_("matricule"), max_length=100, blank=True)
    file_names = models.CharField(_("files"), max_length=1000, blank=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    # Message ids and their values (archive/ingest/messages.py), put into words in the reader's language.
    problems = models.JSONField(default=list, blank=True)
    document = models.ForeignKey(Document, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["batch", "line"]
        verbose_name = _("ingest row")
        verbose_name_plural = _("ingest rows")
        constraints = [models.UniqueConstraint(fields=["batch", "line"], name="archive_ingest_row_once")]

    def __str__(self):
        return f"{self.line}: {self.get_outcome_display()}"


# Corrections and retention live in their own modules, which name these models by label only.
from archive.correction_models import CorrectionRequest  # noqa: E402
from archive.recognition import TextRecognition  # noqa: E402
from archive.retention_models import DestructionRecord, LegalHold, RetentionRule  # noqa: E402

__all__ = [
    "ArchiveRole",
    "CareerType",
    "CorrectionRequest",
    "DestructionRecord",
    "Document",
    "DocumentType",
    "FixityEvent",
    "IngestBatch",
    "IngestRow",
    "LegalHold",
    "RetentionRule",
    "Servant",
    "StoredFile",
    "TextRecognition",
]
