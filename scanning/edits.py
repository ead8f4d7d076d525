"""What a person does on a batch's check screen. The scanned file never changes: pages are only moved
between documents, removed or turned, and a document's viewing copy is made when it is filed. Pages of a
document already filed stay as they are (its type, date, title and reference can still be set). Every
change is in the audit chain."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from archive.models import Document
from audit.models import AuditEvent, record
from scanning import checks
from scanning.models import ScanBatch, ScanDocument, ScanPage


def _audit(user, batch, change, **details):
    record(AuditEvent.Action.EDIT, actor=user, target=batch, role="scanning", change=change, **details)


def _unfiled(page):
    if page.document_id and page.document.document_id:
        raise ValidationError(_("This page's document is already filed: its pages stay as they are."))


@transaction.atomic
def remove_page(page, user):
    """A blank page (or one scanned twice) taken out of its document; it stays with the batch."""
    _unfiled(page)
    page.state, page.document = ScanPage.State.REMOVED, None
    page.save(update_fields=["state", "document"])
    _audit(user, page.batch, "remove_page", page=page.number)


@transaction.atomic
def keep_page(page, user):
    """The person looked: the page stays as it is, its held flags cleared."""
    page.flags = [flag for flag in page.flags if flag not in checks.HELD]
    if page.state == ScanPage.State.REMOVED:
        page.state = ScanPage.State.NEEDS_PERSON
    page.save(update_fields=["flags", "state"])
    _audit(user, page.batch, "keep_page", page=page.number)


@transaction.atomic
def turn_page(page, degrees, user):
    _unfiled(page)
    page.rotation = (page.rotation + degrees) % 360
    page.flags = [flag for flag in page.flags if flag != checks.SIDEWAYS]
    page.save(update_fields=["rotation", "flags"])
    _audit(user, page.batch, "turn_page", page=page.number, degrees=degrees)


@transaction.atomic
def send_to_person(page, user):
    _unfiled(page)
    page.state, page.document, page.reason = ScanPage.State.NEEDS_PERSON, None, "sent_back"
    page.save(update_fields=["state", "document", "reason"])
    _audit(user, page.batch, "send_to_person", page=page.number)


@transaction.atomic
def place_page(page, servant, document_type, user):
    """A page that needed a person, put into the batch's unfiled document of that dossier and type (a new
    one if there is none)."""
    document = (
        ScanDocument.objects.filter(
            batch=page.batch, servant=servant, document_type=document_type, document__isnull=True
        )
        .order_by("-pk")
        .first()
    ) or ScanDocument.objects.create(batch=page.batch, servant=servant, document_type=document_type)
    page.state, page.document, page.reason = ScanPage.State.IN_DOCUMENT, document, ""
    page.save(update_fields=["state", "document", "reason"])
    _audit(user, page.batch, "place_page", page=page.number, document=document.pk)
    return document


@transaction.atomic
def split_at(page, user):
    """A new document of the same dossier and type from this page on (a separator sheet was missed)."""
    _unfiled(page)
    old = page.document
    new = ScanDocument.objects.create(batch=old.batch, servant=old.servant, document_type=old.document_type)
    moved = old.pages.filter(position__gte=page.position)
    moved.update(document=new)
    for first in (old.pages.order_by("position").first(), page):
        if first is not None and checks.LONG_DOCUMENT in first.flags:
            first.flags = [f for f in first.flags if f != checks.LONG_DOCUMENT]
            first.save(update_fields=["flags"])
    _audit(user, page.batch, "split", page=page.number, document=new.pk)
    return new


@transaction.atomic
def join_previous(document, user):
    """The document's pages appended to the batch's document before it (same dossier), itself removed."""
    if document.document_id:
        raise ValidationError(_("This document is already filed: its pages stay as they are."))
    previous = (
        ScanDocument.objects.filter(
            batch=document.batch, servant=document.servant, pk__lt=document.pk, document__isnull=True
        )
        .order_by("-pk")
        .first()
    )
    if previous is None:
        raise ValidationError(_("There is no document of this dossier before it to join it to."))
    document.pages.update(document=previous)
    _audit(user, document.batch, "join", document=document.pk, into=previous.pk)
    document.delete()
    return previous


@transaction.atomic
def set_details(document, *, document_type, act_date, title, reference, user):
    """Type, act date, title and reference; on the filed archive document too."""
    document.document_type, document.act_date = document_type, act_date
    document.title, document.reference = title[:300], reference[:120]
    document.save(update_fields=["document_type", "act_date", "title", "reference"])
    if document.document_id:
        Document.objects.filter(pk=document.document_id).update(
            document_type=document_type,
            act_date=act_date,
            title=title[:300] or str(document_type),
            reference=reference[:120],
        )
    _audit(user, document.batch, "details", document=document.pk, act_date=str(act_date))


@transaction.atomic
def mark_checked(batch, user):
    """The batch is checked: nothing waits for a person, no document is held."""
    from scanning.run import held

    if batch.pages.filter(state=ScanPage.State.NEEDS_PERSON).exists():
        raise ValidationError(_("Some pages still need a person."))
    if any(held(d) or not d.document_id for d in batch.documents.prefetch_related("pages")):
        raise ValidationError(_("Some documents are not filed yet."))
    ScanBatch.objects.filter(pk=batch.pk).update(
        status=ScanBatch.Status.CHECKED, checked_at=timezone.now(), checked_by=user
    )
    _audit(user, batch, "checked")


@transaction.atomic
def record_paper(batch, *, fate, destroy_after, note, user):
    """What happened to the batch's paper, once it is checked. Nothing is ever destroyed by Isôko."""
    if batch.status != ScanBatch.Status.CHECKED:
        raise ValidationError(_("Record the paper's fate once the batch is checked."))
    if fate == ScanBatch.PaperFate.DESTROY_AFTER and destroy_after is None:
        raise ValidationError(_("Give the date after which the paper may be destroyed."))
    batch.paper_fate, batch.paper_note = fate, note[:300]
    batch.paper_destroy_after = destroy_after if fate == ScanBatch.PaperFate.DESTROY_AFTER else None
    batch.paper_recorded_at = timezone.now()
    batch.save(update_fields=["paper_fate", "paper_note", "paper_destroy_after", "paper_recorded_at"])
    _audit(user, batch, "paper", fate=fate, destroy_after=str(batch.paper_destroy_after or ""))
