"""Disposition: which documents have passed their retention period, legal holds that stop destruction,
and destruction itself — proposed by one archivist, approved by another, then the files are removed
from storage and the destruction record is kept for ever. Every step is in the audit chain."""

import logging
from functools import reduce
from operator import or_

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from archive import access, two_person
from archive.models import ArchiveRole, DestructionRecord, Document, LegalHold, RetentionRule, StoredFile
from archive.storage import archive_storage
from audit.models import AuditEvent, record

logger = logging.getLogger(__name__)


def is_archivist(user):
    role = access.archive_role(user)
    return role is not None and role.role == ArchiveRole.Role.ARCHIVIST


def _require_archivist(user):
    if not is_archivist(user):
        raise ValidationError(_("Only an archivist can do this."))


def held(documents):
    """Those of `documents` under an active legal hold, on themselves or on their servant's whole file."""
    holds = LegalHold.objects.active()
    return documents.filter(
        Q(pk__in=holds.filter(document__isnull=False).values("document_id"))
        | Q(servant_id__in=holds.filter(servant__isnull=False).values("servant_id"))
    )


def holds_on(documents):
    """The active holds that stop each of `documents`' destruction: {document pk: [holds]}, one query."""
    documents = list(documents)
    found = {document.pk: [] for document in documents}
    holds = LegalHold.objects.active().filter(
        Q(document__in=documents) | Q(servant__in={document.servant_id for document in documents})
    )
    for hold in holds.select_related("placed_by", "servant", "document"):
        for document in documents:
            if hold.document_id == document.pk or hold.servant_id == document.servant_id:
                found[document.pk].append(hold)
    return found


def past_retention(today=None):
    """Documents kept, not held, whose retention period has ended (one query over every rule)."""
    today = today or timezone.localdate()
    rules = [rule.due_documents(today) for rule in RetentionRule.objects.exclude(trigger="permanent")]
    if not rules:
        return Document.objects.none()
    due = Document.objects.kept().filter(reduce(or_, rules))
    return due.exclude(pk__in=held(Document.objects.all()).values("pk"))


def disposition_list(today=None):
    """What an archivist can propose: past retention, not held, not already proposed."""
    proposed = DestructionRecord.objects.filter(state=DestructionRecord.State.PROPOSED)
    return (
        past_retention(today)
        .exclude(pk__in=proposed.values("document_id"))
        .select_related("servant", "document_type__retention_rule")
        .order_by("act_date", "pk")
    )


def _described(document):
    servant = document.servant
    rule = document.document_type.retention_rule
    return {
        "rule": {"trigger": rule.trigger, "years": rule.years, "basis": rule.basis},
        "document": str(document.public_id),
        "title": document.title,
        "reference": document.reference,
        "act_date": document.act_date.isoformat(),
        "document_type": document.document_type.code,
        "servant": str(servant.public_id),
        "matricule": servant.matricule,
        "servant_status": servant.status,
        "left_service_on": servant.left_service_on.isoformat() if servant.left_service_on else "",
        "files": [
            {"role": f.role, "position": f.position, "sha256": f.sha256, "size_bytes": f.size_bytes}
            for f in document.files.all()
        ],
    }


def _audit(action, destruction, *, user, request=None, **details):
    record(
        action,
        actor=user,
        target=destruction,
        request=request,
        role=access.reader_role(user),
        servant=destruction.described["servant"],
        document=destruction.described["document"],
        destruction=str(destruction.pk),
        rule=destruction.rule,
        state=destruction.state,
        **details,
    )


def destruction_propose(*, documents, user, request=None):
    """Propose these documents (only those on the disposition list) for destruction; the records made."""
    _require_archivist(user)
    made = []
    with transaction.atomic():
        for document in disposition_list().filter(pk__in=[d.pk for d in documents]).prefetch_related("files"):
            destruction = DestructionRecord(
                document=document,
                rule=document.document_type.retention_rule.describe(),
                described=_described(document),
                proposed_by=user,
            )
            destruction.full_clean()
            destruction.save()
            _audit(AuditEvent.Action.SUBMIT, destruction, user=user, request=request)
            made.append(destruction)
    return made


def _check_decision(destruction, user):
    _require_archivist(user)
    if destruction.state != DestructionRecord.State.PROPOSED:
        raise ValidationError(_("This proposal has already been decided."))
    two_person.require_second_person(destruction.proposed_by, user)  # people, not accounts (trust)


def destruction_reject(*, destruction, user, note="", request=None):
    """The second archivist keeps the document: the proposal is closed, and kept."""
    with transaction.atomic():
        destruction = DestructionRecord.objects.select_for_update().get(pk=destruction.pk)
        _check_decision(destruction, user)
        destruction.state = DestructionRecord.State.REJECTED
        destruction.decided_by, destruction.decided_at, destruction.note = user, timezone.now(), note.strip()
        destruction.save()
        _audit(AuditEvent.Action.EDIT, destruction, user=user, request=request, note=destruction.note)
    return destruction


def destruction_approve(*, destruction, user, note="", request=None):
    """The second archivist approves: the document is marked destroyed, its files removed from storage once
    the record is committed. Refused under a legal hold, or when the period no longer has ended."""
    with transaction.atomic():
        destruction = DestructionRecord.objects.select_for_update().get(pk=destruction.pk)
        _check_decision(destruction, user)
        document = destruction.document
        if held(Document.objects.filter(pk=document.pk)).exists():
            raise ValidationError(_("A legal hold stops this destruction until it is lifted."))
        if not past_retention().filter(pk=document.pk).exists():
            raise ValidationError(_("This document's retention period has not ended."))
        now = timezone.now()
        destruction.state = DestructionRecord.State.DESTROYED
        destruction.decided_by, destruction.decided_at, destruction.note = user, now, note.strip()
        destruction.save()
        files = list(document.files.filter(destroyed_at__isnull=True).values_list("storage_name", flat=True))
        StoredFile.objects.filter(document=document, destroyed_at__isnull=True).update(destroyed_at=now)
        Document.objects.filter(pk=document.pk).update(destroyed_at=now, search_text="")
        _audit(AuditEvent.Action.DELETE, destruction, user=user, request=request, files=len(files))
        transaction.on_commit(lambda: remove_files(files))
    return destruction


def remove_files(names):
    """Delete destroyed files from storage; one that cannot be removed is left for verify_archive to report."""
    storage = archive_storage()
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            logger.exception("Destroyed file %s could not be removed from storage", name)


def hold_place(*, user, reason, servant=None, document=None, request=None):
    """A legal hold on one servant's whole file or on one document."""
    _require_archivist(user)
    hold = LegalHold(servant=servant, document=document, reason=reason.strip(), placed_by=user)
    hold.full_clean()
    with transaction.atomic():
        hold.save()
        _audit_hold(AuditEvent.Action.CREATE, hold, user=user, request=request, reason=hold.reason)
    return hold


def hold_lift(*, hold, user, reason, request=None):
    """Lift a hold, saying why; destruction is possible again once no other hold stands."""
    _require_archivist(user)
    if not hold.is_active:
        raise ValidationError(_("This hold has already been lifted."))
    if not reason.strip():
        raise ValidationError({"lift_reason": _("Say why the hold is lifted.")})
    with transaction.atomic():
        hold.lifted_by, hold.lifted_at, hold.lift_reason = user, timezone.now(), reason.strip()
        hold.full_clean()
        hold.save(update_fields=["lifted_by", "lifted_at", "lift_reason"])
        _audit_hold(AuditEvent.Action.EDIT, hold, user=user, request=request, lift_reason=hold.lift_reason)
    return hold


def _audit_hold(action, hold, *, user, request=None, **details):
    servant = hold.servant if hold.servant_id else hold.document.servant
    record(
        action,
        actor=user,
        target=hold,
        request=request,
        role=access.reader_role(user),
        servant=str(servant.public_id),
        document=str(hold.document.public_id) if hold.document_id else "",
        hold=str(hold.pk),
        **details,
    )
