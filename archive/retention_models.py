"""Retention and disposition: how long each type of document is kept, legal holds that stop any
destruction, and destruction records (proposed by one archivist, decided by another, kept for ever).
Imported by archive.models; names the other archive models by label only, so that the two modules do
not import each other."""

import uuid
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def years_before(day, years):
    """The same day `years` earlier (28 February for a 29 February in a common year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


class RetentionRule(models.Model):
    """How long one type of document is kept, and from when."""

    class Trigger(models.TextChoices):
        PERMANENT = "permanent", _("Kept permanently")
        END_OF_SERVICE = "end_of_service", _("Years after retirement, leaving the service or death")
        ACT_DATE = "act_date", _("Years after the date of the act")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    document_type = models.OneToOneField(
        "archive.DocumentType",
        on_delete=models.PROTECT,
        related_name="retention_rule",
        verbose_name=_("document type"),
    )
    trigger = models.CharField(_("kept"), max_length=20, choices=Trigger.choices, default=Trigger.PERMANENT)
    years = models.PositiveSmallIntegerField(_("years"), default=0)
    basis = models.CharField(
        _("legal basis"), max_length=300, blank=True, help_text=_("The text that sets this period.")
    )

    class Meta:
        ordering = ["document_type__position", "document_type__code"]
        verbose_name = _("retention rule")
        verbose_name_plural = _("retention rules")
        constraints = [
            models.CheckConstraint(
                condition=Q(trigger="permanent", years=0) | (~Q(trigger="permanent") & Q(years__gt=0)),
                name="archive_retention_years_match_trigger",
                violation_error_message=_("A permanent rule has no years; any other rule has at least one."),
            )
        ]

    def __str__(self):
        return f"{self.document_type}: {self.describe()}"

    def clean(self):
        if self.trigger == self.Trigger.PERMANENT and self.years:
            raise ValidationError({"years": _("A permanent rule has no years.")})
        if self.trigger != self.Trigger.PERMANENT and not self.years:
            raise ValidationError({"years": _("Give the number of years the documents are kept.")})

    def describe(self):
        """The rule in words, as the destruction record keeps it."""
        if self.trigger == self.Trigger.PERMANENT:
            return str(_("kept permanently"))
        if self.trigger == self.Trigger.END_OF_SERVICE:
            text = _("until %(years)d years after retirement, leaving the service or death")
        else:
            text = _("until %(years)d years after the date of the act")
        return str(text) % {"years": self.years}

    def due_documents(self, today):
        """Q over documents of this type whose period has ended by `today` (nothing for a permanent rule)."""
        if self.trigger == self.Trigger.PERMANENT:
            return Q(pk__in=[])
        cutoff = years_before(today, self.years)
        if self.trigger == self.Trigger.ACT_DATE:
            return Q(document_type_id=self.document_type_id, act_date__lte=cutoff)
        return Q(
            document_type_id=self.document_type_id,
            servant__left_service_on__lte=cutoff,
            servant__status__in=["retired", "left", "deceased"],
        )


class LegalHoldQuerySet(models.QuerySet):
    def active(self):
        """Holds not lifted: they block destruction."""
        return self.filter(lifted_at__isnull=True)


class LegalHold(models.Model):
    """A stop on destroying anything of one servant's file, or one document, until it is lifted."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    servant = models.ForeignKey(
        "archive.Servant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="legal_holds",
        verbose_name=_("whole file of"),
    )
    document = models.ForeignKey(
        "archive.Document",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="legal_holds",
        verbose_name=_("document"),
    )
    reason = models.TextField(_("reason"), max_length=2000)
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("placed by")
    )
    placed_at = models.DateTimeField(_("placed"), default=timezone.now, editable=False)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lifted by"),
    )
    lifted_at = models.DateTimeField(_("lifted"), null=True, blank=True, editable=False)
    lift_reason = models.TextField(_("reason for lifting"), max_length=2000, blank=True)

    objects = LegalHoldQuerySet.as_manager()

    class Meta:
        ordering = ["-placed_at"]
        verbose_name = _("legal hold")
        verbose_name_plural = _("legal holds")
        constraints = [
            models.CheckConstraint(
                condition=Q(servant__isnull=True) ^ Q(document__isnull=True),
                name="archive_hold_on_servant_or_document",
                violation_error_message=_("A hold is on one servant's file or on one document."),
            ),
            models.CheckConstraint(
                condition=Q(lifted_at__isnull=True) | ~Q(lift_reason=""),
                name="archive_hold_lifted_with_reason",
                violation_error_message=_("Say why the hold is lifted."),
            ),
        ]

    def __str__(self):
        return str(_("Legal hold of %(date)s")) % {"date": f"{self.placed_at:%Y-%m-%d}"}

    def clean(self):
        if bool(self.servant_id) == bool(self.document_id):
            raise ValidationError(_("A hold is on one servant's file or on one document."))

    @property
    def is_active(self):
        return self.lifted_at is None


class DestructionRecord(models.Model):
    """One document proposed for destruction and the second archivist's decision. Once decided it is never
    changed nor deleted: it says what was destroyed, under which rule, who proposed and who decided, when."""

    class State(models.TextChoices):
        PROPOSED = "proposed", _("Proposed, waiting for a second archivist")
        DESTROYED = "destroyed", _("Destroyed")
        REJECTED = "rejected", _("Kept (proposal rejected)")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    document = models.ForeignKey(
        "archive.Document", on_delete=models.PROTECT, related_name="destructions", verbose_name=_("document")
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PROPOSED)
    rule = models.CharField(_("under the rule"), max_length=400)
    # What was destroyed, kept here in full so the record outlives any change to the rows it names.
    described = models.JSONField(_("what"), default=dict)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("proposed by")
    )
    proposed_at = models.DateTimeField(_("proposed"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    note = models.TextField(_("note"), max_length=2000, blank=True)

    class Meta:
        ordering = ["-proposed_at"]
        verbose_name = _("destruction record")
        verbose_name_plural = _("destruction records")
        constraints = [
            models.UniqueConstraint(
                fields=["document"],
                condition=Q(state__in=["proposed", "destroyed"]),
                name="archive_destruction_once_per_document",
            ),
            models.CheckConstraint(
                condition=Q(state="proposed") | (Q(decided_by__isnull=False) & Q(decided_at__isnull=False)),
                name="archive_destruction_decision_named",
            ),
            models.CheckConstraint(
                condition=~Q(decided_by=models.F("proposed_by")),
                name="archive_destruction_second_archivist",
                violation_error_message=_("The archivist who proposed a destruction cannot approve it."),
            ),
        ]

    def __str__(self):
        return f"{self.described.get('title', '')} – {self.get_state_display()}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            stored = type(self).objects.filter(pk=self.pk).values_list("state", flat=True).first()
            if stored != self.State.PROPOSED:
                raise ValueError("A decided destruction record is never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Destruction records are never deleted.")
