"""Corrections asked by servants: who may see a request (those who may see the servant's file), asking,
taking in hand, answering; every step audited in the chain.

A servant asks on their own file only. The request goes to the HR of the ministry the servant is assigned
to *now* (it follows a servant who moves, like the file); archivists see every request, and the overdue
ones stand out for both."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from archive import access
from archive.correction_notices import tell_servant_answered
from archive.models import CorrectionRequest, random_storage_name
from archive.storage import write_once
from audit.models import AuditEvent, record
from uploads import IMAGES, PDF, checked_upload

ATTACHMENT_FORMATS = (PDF, *IMAGES)
State = CorrectionRequest.State


def corrections_for(user):
    """The correction requests this user may see: those about the files they may see."""
    return CorrectionRequest.objects.filter(servant__in=access.dossiers_for(user))


def may_handle(user, correction):
    """HR officers and archivists who may see the request, never on their own file."""
    return access.is_archive_staff(user) and correction.servant.user_id != user.pk


def due_date(today=None):
    """When HR's answer is due: ARCHIVE_CORRECTION_DAYS (30 by default) after the request."""
    return (today or timezone.localdate()) + timedelta(days=settings.ARCHIVE_CORRECTION_DAYS)


def _audit(action, correction, *, user, request=None, **details):
    record(
        action,
        actor=user,
        target=correction,
        request=request,
        role=access.reader_role(user, correction.servant),
        servant=str(correction.servant.public_id),
        correction=str(correction.pk),
        state=correction.state,
        **details,
    )


def _store_attachment(correction, upload):
    """Check the scan by its content (PDF or image) and write it once in the archive storage."""
    found = checked_upload(upload, allowed=ATTACHMENT_FORMATS)
    upload.seek(0)
    name = f"corrections/{random_storage_name()}"
    sha256, size = write_once(name, upload)
    correction.attachment_name, correction.attachment_format = name, found.file_format
    correction.attachment_sha256, correction.attachment_size = sha256, size


def correction_ask(*, servant, user, subject, description, document=None, attachment=None, request=None):
    """A servant's new request on their own file; ValidationError when something is wrong with it."""
    if servant.user_id != user.pk:
        raise ValidationError(_("You can ask for corrections to your own file only."))
    correction = CorrectionRequest(
        servant=servant,
        document=document,
        subject=subject,
        description=description.strip(),
        due_on=due_date(),
    )
    correction.full_clean()
    with transaction.atomic():
        if attachment is not None:
            _store_attachment(correction, attachment)
        correction.save()
        _audit(
            AuditEvent.Action.CREATE,
            correction,
            user=user,
            request=request,
            subject=subject,
            document=str(document.public_id) if document else "",
            attachment=correction.attachment_sha256,
        )
    return correction


def correction_advance(*, correction, user, state, answer="", request=None):
    """HR takes a request in hand, or answers it (corrected, or refused with its reason)."""
    if not may_handle(user, correction):
        raise ValidationError(_("You cannot handle this request."))
    if not correction.is_open:
        raise ValidationError(_("This request has already been answered."))
    if state not in {State.IN_PROGRESS, State.CORRECTED, State.REFUSED} or state == correction.state:
        raise ValidationError(_("Choose what happens to the request."))
    with transaction.atomic():
        locked = CorrectionRequest.objects.select_for_update().get(pk=correction.pk)
        if locked.state != correction.state:
            raise ValidationError(_("Someone else changed this request meanwhile: look at it again."))
        now = timezone.now()
        correction.state, correction.handled_by = state, user
        correction.answer = answer.strip() or correction.answer
        if state == State.IN_PROGRESS:
            correction.started_at = now
        else:
            correction.started_at = correction.started_at or now
            correction.closed_at = now
        correction.full_clean()
        correction.save(update_fields=["state", "handled_by", "answer", "started_at", "closed_at"])
        _audit(AuditEvent.Action.EDIT, correction, user=user, request=request, answer=correction.answer)
        if not correction.is_open:  # answered: the servant is told (archive/correction_notices.py)
            transaction.on_commit(lambda: tell_servant_answered(correction))
    return correction
