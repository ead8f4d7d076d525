import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from ministries.models import Institution, Office
from procedures.querysets import REVIEW_INTERVAL_DAYS, ProcedureQuerySet, RevisionQuerySet
from translations.fields import TranslationStateField
from uploads import DOCUMENTS, FORMATS, CheckedFile, choices


class Theme(models.Model):
    """A life event under which citizens look for procedures (identity, travel, business…)."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    translation_state = TranslationStateField()

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("procedures:theme", kwargs={"slug": self.slug})


class Procedure(models.Model):
    """An administrative procedure: what to bring, pay, wait for and where to go.

    The row holds what citizens see once it is published. The editorial workflow keeps proposed
    changes to a published procedure apart from it until a reviewer approves them.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")
        APPROVED = "approved", _("Approved, publication scheduled")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Part of the page address, the same in every language. Do not change it once published."),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences: what the citizen obtains."))
    eligibility = models.TextField(_("who may apply"))
    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="procedures",
        verbose_name=_("responsible institution"),
    )
    offices = models.ManyToManyField(
        Office, blank=True, related_name="procedures", verbose_name=_("where to apply")
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="procedures", verbose_name=_("themes"))
    validity = models.TextField(
        _("validity"), blank=True, help_text=_("How long what is obtained stays valid.")
    )
    renewal = models.TextField(_("renewal"), blank=True)
    if_lost = models.TextField(_("if it is lost"), blank=True)
    recourse = models.TextField(_("recourse if refused"), blank=True)
    last_reviewed_on = models.DateField(_("last reviewed on"), default=timezone.localdate)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    # Editing a published procedure happens on a working copy; the published row stays as it is until
    # a reviewer approves the copy (procedures/services.py).
    draft_of = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="working_copies",
        verbose_name=_("changes proposed for"),
        editable=False,
    )
    edit_version = models.PositiveIntegerField(_("edit version"), default=1)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
        editable=False,
    )
    review_comment = models.TextField(_("reviewer's comment"), blank=True, editable=False)
    publish_on = models.DateField(_("publish on"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("last updated"), null=True, blank=True, editable=False)
    next_review_on = models.DateField(
        _("next review"),
        null=True,
        blank=True,
        help_text=_("12 months after the last review when left empty."),
    )
    review_reminder_sent_on = models.DateField(null=True, blank=True, editable=False)
    replaced_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name=_("replaced by"),
        help_text=_("Shown on the page of a withdrawn procedure."),
    )
    is_sample = models.BooleanField(
        _("sample content"), default=False, help_text=_("Demo data, shown to visitors as sample content.")
    )
    view_count = models.PositiveIntegerField(_("page views"), default=0, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    translation_state = TranslationStateField()

    objects = ProcedureQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")
        constraints = [
            models.CheckConstraint(
                condition=~Q(replaced_by=models.F("pk")),
                name="procedure_not_replaced_by_itself",
                violation_error_message=_("A procedure cannot replace itself."),
            ),
            models.UniqueConstraint(
                fields=["slug"],
                condition=Q(draft_of__isnull=True),
                name="procedure_slug_unique",
                violation_error_message=_("Another procedure already has this address (slug)."),
            ),
            models.UniqueConstraint(
                fields=["draft_of"],
                condition=Q(draft_of__isnull=False),
                name="procedure_one_working_copy",
            ),
            models.CheckConstraint(
                condition=Q(draft_of__isnull=True) | Q(status__in=["draft", "submitted", "approved"]),
                name="procedure_working_copy_never_public",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("procedures:detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.replaced_by_id and self.replaced_by_id == self.pk:
            raise ValidationError({"replaced_by": _("A procedure cannot replace itself.")})

    def mark_edited(self):
        """A change is being saved: a new edit version, and a change already submitted is a draft again."""
        self.edit_version += 1
        if self.status in (self.Status.SUBMITTED, self.Status.APPROVED):
            # Changed after submission: the reviewer must see it again.
            self.status = self.Status.DRAFT
            self.publish_on = None

    @property
    def is_public(self):
        """Published or withdrawn: citizens see it, so it is only ever changed through a working copy."""
        return self.status in (self.Status.PUBLISHED, self.Status.WITHDRAWN)

    @property
    def shown_to_public(self):
        """Whether citizens see this row's content: saving a draft or a working copy changes no page
        (page_cache/apps.py); writing the public row, i.e. publishing, does."""
        return self.is_public

    @property
    def is_working_copy(self):
        return self.draft_of_id is not None

    @property
    def original(self):
        """The procedure citizens see: itself, or the published procedure this copy proposes changes to."""
        return self.draft_of if self.draft_of_id else self

    @property
    def review_due_on(self):
        return self.next_review_on or self.last_reviewed_on + timedelta(days=REVIEW_INTERVAL_DAYS)

    @property
    def total_fee_bif(self):
        """What the citizen pays in all, in BIF (0 when free)."""
        return sum(fee.amount_bif for fee in self.fees.all())

    @property
    def is_free(self):
        return self.total_fee_bif == 0

    @property
    def total_days(self):
        """Expected time from the first step to the last, in days."""
        return sum(step.expected_days for step in self.steps.all())

    @property
    def total_duration(self):
        return timedelta(days=self.total_days)

    def downloadable_forms(self):
        """The forms its documents link to, each once, in document order."""
        seen = {}
        for document in self.documents.all():
            if document.form_id and document.form_id not in seen:
                seen[document.form_id] = document.form
        return list(seen.values())


class ProcedurePart(models.Model):
    """A row listed on a procedure page in the order the clerk chose."""

    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # Which row this is, whatever its place: a working copy's row, a revision's and the published row
    # it was copied from share it, and diffs, approvals, translation imports and merges match rows by
    # it (people insert, delete and reorder rows, so a place in the list is no identity).
    key = models.UUIDField(_("row identity"), default=uuid.uuid4, editable=False)

    class Meta:
        abstract = True
        ordering = ["position", "pk"]

    @classmethod
    def unique_position_constraint(cls, name):
        return models.UniqueConstraint(
            fields=["procedure", "position"],
            name=name,
            violation_error_message=_("Two rows of this procedure have the same position."),
        )

    @property
    def shown_to_public(self):
        """Whether this row is on a public page (its procedure published or withdrawn): a draft's
        and a working copy's rows change no cached page (page_cache/apps.py)."""
        statuses = Procedure.objects.filter(pk=self.procedure_id).values_list("status", flat=True)
        return statuses.first() in (Procedure.Status.PUBLISHED, Procedure.Status.WITHDRAWN, None)

    @classmethod
    def unique_key_constraint(cls, name):
        return models.UniqueConstraint(fields=["procedure", "key"], name=name)


class Step(ProcedurePart):
    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="steps", verbose_name=_("procedure")
    )
    title = models.CharField(_("what to do"), max_length=200)
    description = models.TextField(_("details"), blank=True)
    location = models.CharField(_("where"), max_length=200, blank=True)
    handled_by = models.CharField(_("who handles it"), max_length=200, blank=True)
    expected_days = models.PositiveSmallIntegerField(
        _("expected duration (days)"), default=0, help_text=_("0 when it is done the same day.")
    )
    translation_state = TranslationStateField()
    online = models.BooleanField(_("can be done online"), default=False)
    optional = models.BooleanField(_("optional"), default=False, help_text=_("Not every applicant needs it."))
    parallel = models.BooleanField(
        _("at the same time as the step before"),
        default=False,
        help_text=_("The applicant need not wait for the step before to end."),
    )

    class Meta(ProcedurePart.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        constraints = [
            ProcedurePart.unique_position_constraint("step_position_unique_per_procedure"),
            ProcedurePart.unique_key_constraint("step_key_unique_per_procedure"),
            models.CheckConstraint(condition=Q(expected_days__gte=0), name="step_days_not_negative"),
        ]

    def __str__(self):
        return self.title


class RequiredDocument(ProcedurePart):
    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="documents", verbose_name=_("procedure")
    )
    name = models.CharField(_("document"), max_length=200)
    originals = models.PositiveSmallIntegerField(_("originals"), default=1)
    copies = models.PositiveSmallIntegerField(_("copies"), default=0)
    certified = models.BooleanField(_("certified copies"), default=False)
    condition = models.CharField(
        _("only when"), max_length=200, blank=True, help_text=_('For example "for a minor". Empty: always.')
    )
    form = models.ForeignKey(
        "forms_library.Form",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="required_by",
        verbose_name=_("form to fill in"),
    )
    translation_state = TranslationStateField()

    class Meta(ProcedurePart.Meta):
        verbose_name = _("required document")
        verbose_name_plural = _("required documents")
        constraints = [
            ProcedurePart.unique_position_constraint("document_position_unique_per_procedure"),
            ProcedurePart.unique_key_constraint("document_key_unique_per_procedure"),
            models.CheckConstraint(
                condition=Q(originals__gt=0) | Q(copies__gt=0),
                name="document_at_least_one_piece",
                violation_error_message=_("Ask for at least one original or one copy."),
            ),
        ]

    def __str__(self):
        return self.name


class Fee(ProcedurePart):
    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="fees", verbose_name=_("procedure")
    )
    label = models.CharField(_("what it pays for"), max_length=200)
    amount_bif = models.PositiveIntegerField(_("amount (BIF)"), help_text=_("0 when it is free."))
    payment_method = models.CharField(_("how and where to pay"), max_length=300, blank=True)
    translation_state = TranslationStateField()

    class Meta(ProcedurePart.Meta):
        verbose_name = _("fee")
        verbose_name_plural = _("fees")
        constraints = [
            ProcedurePart.unique_position_constraint("fee_position_unique_per_procedure"),
            ProcedurePart.unique_key_constraint("fee_key_unique_per_procedure"),
            models.CheckConstraint(
                condition=Q(amount_bif__gte=0),
                name="fee_amount_not_negative",
                violation_error_message=_("A fee cannot be negative."),
            ),
        ]

    def __str__(self):
        return self.label


class RejectionReason(ProcedurePart):
    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="rejection_reasons", verbose_name=_("procedure")
    )
    text = models.CharField(_("reason"), max_length=300)
    translation_state = TranslationStateField()

    class Meta(ProcedurePart.Meta):
        verbose_name = _("reason for rejection")
        verbose_name_plural = _("reasons for rejection")
        constraints = [
            ProcedurePart.unique_position_constraint("rejection_position_unique_per_procedure"),
            ProcedurePart.unique_key_constraint("rejection_key_unique_per_procedure"),
        ]

    def __str__(self):
        return self.text


FILE_FORMAT_CHOICES = choices(DOCUMENTS)


def legal_text_path(instance, filename):
    # Named after the content, never after the uploader's file name (which may contain anything).
    return f"legal-texts/{instance.document_sha256[:2]}/{instance.document_sha256}.{instance.document_format}"


class LegalBasis(ProcedurePart):
    class Kind(models.TextChoices):
        CONSTITUTION = "constitution", _("Constitution")
        CODE = "code", _("Code")
        LAW = "law", _("Law")
        DECREE = "decree", _("Decree")
        ORDINANCE = "ordinance", _("Ministerial ordinance")
        ORDER = "order", _("Order")
        OTHER = "other", _("Other text")

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="legal_bases", verbose_name=_("procedure")
    )
    kind = models.CharField(_("kind of text"), max_length=20, choices=Kind.choices, default=Kind.LAW)
    reference = models.CharField(
        _("official reference"),
        max_length=200,
        help_text=_("As published, e.g. “Loi n°1/22 du 24 septembre 2021”."),
    )
    title = models.CharField(_("title"), max_length=300)
    article = models.CharField(_("article"), max_length=100, blank=True)
    enacted_on = models.DateField(_("date"), null=True, blank=True)
    url = models.URLField(_("link to the text"), blank=True)
    document = models.FileField(
        _("the text itself"),
        upload_to=legal_text_path,
        max_length=255,
        blank=True,
        help_text=_(
            "The published text (PDF, DOCX or ODT), so citizens can read it even when the link no longer works."
        ),
    )
    document_format = models.CharField(
        _("format"), max_length=5, choices=FILE_FORMAT_CHOICES, blank=True, editable=False
    )
    document_size = models.PositiveIntegerField(_("size (bytes)"), null=True, blank=True, editable=False)
    document_sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, editable=False, db_index=True)
    translation_state = TranslationStateField()
    upload_check = CheckedFile(
        "document", format_field="document_format", size_field="document_size", sha256_field="document_sha256"
    )

    class Meta(ProcedurePart.Meta):
        verbose_name = _("legal basis")
        verbose_name_plural = _("legal bases")
        constraints = [
            ProcedurePart.unique_position_constraint("legal_basis_position_unique_per_procedure"),
            ProcedurePart.unique_key_constraint("legal_basis_key_unique_per_procedure"),
        ]

    def __str__(self):
        return f"{self.reference} {self.article}".strip()

    def save(self, *args, **kwargs):
        self.upload_check.before_save(self)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.upload_check.clean(self)

    @property
    def document_content_type(self):
        return FORMATS[self.document_format][0]

    @property
    def document_download_name(self):
        return f"{slugify(self.reference)[:80] or 'legal-text'}.{self.document_format}"

    def get_document_url(self):
        """Named after the content, so the address never changes meaning and may be cached for good."""
        return reverse("procedures:legal_text", kwargs={"sha256": self.document_sha256})


class SearchTerm(ProcedurePart):
    """Another name citizens use for a procedure: an acronym (CNI), a synonym, a common misspelling."""

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="search_terms", verbose_name=_("procedure")
    )
    term = models.CharField(
        _("term"), max_length=100, help_text=_("For example CNI, indangamuntu, carte d'identité.")
    )

    class Meta(ProcedurePart.Meta):
        verbose_name = _("other name or acronym")
        verbose_name_plural = _("other names and acronyms")
        constraints = [
            ProcedurePart.unique_position_constraint("search_term_position_unique_per_procedure"),
            ProcedurePart.unique_key_constraint("search_term_key_unique_per_procedure"),
            models.UniqueConstraint(fields=["procedure", "term"], name="search_term_unique_per_procedure"),
        ]

    def __str__(self):
        return self.term


class SearchEntry(models.Model):
    """What search looks at for one procedure: its texts in every language, accents removed.

    Rebuilt from the procedure whenever it changes (procedures/search.py). PostgreSQL searches
    `title_vector` (titles and other names), `vector` (everything) and `keywords` (trigrams), each with
    a GIN index; SQLite searches an FTS5 table kept beside this one.
    """

    procedure = models.OneToOneField(Procedure, on_delete=models.CASCADE, related_name="search_entry")
    title_rn = models.TextField(blank=True)
    title_fr = models.TextField(blank=True)
    title_en = models.TextField(blank=True)
    body_rn = models.TextField(blank=True)
    body_fr = models.TextField(blank=True)
    body_en = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    keywords = models.TextField(blank=True, help_text="Titles and other names, for typo-tolerant matching.")
    title_vector = SearchVectorField(null=True, editable=False)
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.keywords[:60]


class SearchWord(models.Model):
    """A word of a procedure title or other name: what a misspelt search word is corrected towards."""

    word = models.CharField(max_length=100, unique=True)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.word


class SearchLog(models.Model):
    """Searches that found little or nothing, counted per query, language and day (no personal data)."""

    query = models.CharField(_("query"), max_length=200)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    day = models.DateField(_("day"), default=timezone.localdate)
    result_count = models.PositiveSmallIntegerField(_("results"))
    times = models.PositiveIntegerField(_("times searched"), default=1)

    class Meta:
        ordering = ["-day", "-times"]
        verbose_name = _("search with few results")
        verbose_name_plural = _("searches with few results")
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "day"], name="search_log_unique_per_day"),
        ]

    def __str__(self):
        return self.query


class Revision(models.Model):
    """One recorded state of a procedure (all languages, all its rows), with who did what and why.

    Every save of a working copy, every submission, return, approval and publication adds one; an
    earlier state can be viewed and restored (restoring proposes it again, it rewrites nothing).
    """

    class Action(models.TextChoices):
        CREATED = "created", _("Created")
        SAVED = "saved", _("Saved")
        SUBMITTED = "submitted", _("Submitted for review")
        RETURNED = "returned", _("Returned to the clerk")
        APPROVED = "approved", _("Approved")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        REPUBLISHED = "republished", _("Offered again")
        RESTORED = "restored", _("Earlier version restored")
        DISCARDED = "discarded", _("Proposal discarded")

    # A discarded draft's history outlives it: the row goes, its revisions keep its address (subject).
    procedure = models.ForeignKey(
        Procedure,
        on_delete=models.SET_NULL,
        null=True,
        related_name="revisions",
        verbose_name=_("procedure"),
    )
    subject = models.CharField(_("procedure address"), max_length=80, blank=True, editable=False)
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    edit_version = models.PositiveIntegerField(_("edit version"), default=0)
    comment = models.TextField(_("comment"), blank=True)
    snapshot = models.JSONField(encoder=DjangoJSONEncoder)

    objects = RevisionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")

    def __str__(self):
        return f"{self.subject} – {self.get_action_display()} – {self.created_at:%Y-%m-%d %H:%M}"


class ChangeNote(models.Model):
    """What changed, in a sentence citizens read on the procedure page ("fee raised to 35,000 BIF")."""

    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="change_notes", verbose_name=_("procedure")
    )
    text = models.CharField(_("change note"), max_length=300)
    published_on = models.DateField(_("date"), default=timezone.localdate)

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")

    def __str__(self):
        return self.text
