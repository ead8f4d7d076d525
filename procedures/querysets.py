from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Prefetch, Q
from django.utils import timezone

# A published procedure is due for review this long after its last review, unless a date is set.
REVIEW_INTERVAL_DAYS = 365


class ProcedureQuerySet(models.QuerySet):
    def published(self):
        """What citizens may see: published procedures."""
        return self.filter(status=self.model.Status.PUBLISHED)

    def visible_to_public(self):
        """Published procedures and withdrawn ones (whose page says they are no longer offered)."""
        return self.filter(status__in=[self.model.Status.PUBLISHED, self.model.Status.WITHDRAWN])

    def overdue(self, today=None):
        """Published procedures whose next review date has passed (12 months after the last by default)."""
        today = today or timezone.localdate()
        return self.published().filter(
            Q(next_review_on__lt=today)
            | Q(
                next_review_on__isnull=True,
                last_reviewed_on__lt=today - timedelta(days=REVIEW_INTERVAL_DAYS),
            )
        )

    def awaiting_review(self):
        """Changes submitted or approved and not yet public, oldest submission first, for the review queue."""
        return (
            self.filter(status__in=[self.model.Status.SUBMITTED, self.model.Status.APPROVED])
            .select_related("institution__parent", "submitted_by", "draft_of")
            .order_by("submitted_at")
        )

    def for_ministry(self, ministry):
        """Procedures of the ministry and of its agencies."""
        return self.filter(Q(institution=ministry) | Q(institution__parent=ministry))

    def most_consulted(self):
        """Most viewed first; between equals, the most recently updated, then the oldest row: an order
        that is the same in every language (the slug is English: its alphabetical order means nothing
        to a Kirundi reader, and renaming an address would reorder the list)."""
        return self.order_by("-view_count", F("published_at").desc(nulls_last=True), "pk")

    def with_listing(self):
        """What a list of procedures shows: the institution and its ministry."""
        return self.select_related("institution", "institution__parent")

    def as_cards(self):
        """Only what a card in a list of results shows: the title, summary and address, and the name of
        the institution, in every language (for the fallbacks). A procedure row has some fifty columns:
        loading them all took most of a new search's listing."""
        codes = [code for code, _name in settings.LANGUAGES]
        names = [f"{field}_{code}" for field in ("title", "summary") for code in codes]
        names += [f"institution__name_{code}" for code in codes]
        return self.select_related("institution").only("slug", "status", *names, "institution__slug")

    def for_page(self):
        """Everything a procedure page shows, in a fixed number of queries whatever its rows: its
        institution and ministry (and what replaces it), then one query each for its steps, documents
        with their forms, the forms' current files, fees, reasons for rejection, legal bases, change
        notes, offices with their commune, and the offices' hours (Django's prefetch_related)."""
        documents = self.model._meta.get_field("documents").related_model
        offices = self.model._meta.get_field("offices").related_model
        current_files = Prefetch(
            "form__files", queryset=_files_model(documents)._default_manager.filter(is_current=True)
        )
        return self.select_related("institution__parent", "replaced_by").prefetch_related(
            "steps",
            Prefetch(
                "documents", queryset=documents.objects.select_related("form").prefetch_related(current_files)
            ),
            "fees",
            "rejection_reasons",
            "legal_bases",
            "change_notes",
            Prefetch("offices", queryset=offices.objects.select_related("commune").prefetch_related("hours")),
        )


def _files_model(documents):
    """The model of a form's files (forms_library.FormFile), read from the relations: this module is
    imported by procedures.models."""
    return documents._meta.get_field("form").related_model._meta.get_field("files").related_model


class RevisionQuerySet(models.QuerySet):
    def change_note_for(self, procedure):
        """The public note of `procedure`'s latest submission ({"rn": …, "fr": …}), None for a minor change."""
        revision = self.filter(procedure=procedure.original, action=self.model.Action.SUBMITTED).first()
        return (revision.snapshot.get("change_note") if revision else None) or None
