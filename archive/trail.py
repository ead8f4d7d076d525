"""What the archive writes to the audit log, and reads back for "who opened my dossier"."""

from django.utils.translation import gettext_lazy as _

from archive.access import reader_ministry, reader_role
from audit.models import AuditEvent, record

ROLE_NAMES = {
    "hr": _("HR officer"),
    "archivist": _("Archivist"),
    "servant": _("You"),
    "other": _("Other account"),
}


def record_reading(request, action, *, servant, document=None, stored_file=None, **extra):
    """A view or download of a dossier, a document or a file, tied to the servant it is about."""
    details = {"servant": str(servant.public_id), "ministry": reader_ministry(request.user), **extra}
    if document is not None:
        details["document"] = str(document.public_id)
        details["document_title"] = document.title
    if stored_file is not None:
        details["file"] = str(stored_file.public_id)
        details["file_role"] = stored_file.role
    record(
        action,
        actor=request.user,
        target=document or servant,
        request=request,
        role=reader_role(request.user, servant),
        **details,
    )


def record_refusal(request, kind, requested):
    """An attempt at something the reader may not see: only what was asked, nothing about the record."""
    record(
        AuditEvent.Action.REFUSED,
        actor=request.user,
        request=request,
        role=reader_role(request.user),
        path=request.path[:300],
        kind=kind,
        requested=str(requested),
    )


# What the servant reads for each event: what happened, in words that neither hide nor alarm. A letter
# "downloaded" by HR is the letter HR printed to give them, not a copy of their file leaving the office.
LETTER_PRINTED = {
    "activation": _("printed your letter with the code to choose your first password"),
    "password_reset": _("printed a letter with a code to choose a new password"),
}


def _what(event):
    details, title = event.details, event.details.get("document_title", "")
    if details.get("letter") in LETTER_PRINTED:
        return LETTER_PRINTED[details["letter"]]
    if event.action == AuditEvent.Action.VIEW:
        return _("read “%(title)s”") % {"title": title} if title else _("opened your file")
    if details.get("file_role") == "original":
        return _("downloaded a copy of “%(title)s”") % {"title": title}
    return _("opened “%(title)s” to read it") % {"title": title}


def openings_of(servant, *, limit=200):
    """Who else opened this dossier or its documents, newest first (role, ministry, date, document)."""
    events = (
        AuditEvent.objects.filter(
            details__servant=str(servant.public_id),
            action__in=[AuditEvent.Action.VIEW, AuditEvent.Action.DOWNLOAD],
        )
        .exclude(role="servant")
        .only("at", "action", "role", "details")
        .order_by("-at", "-pk")[:limit]
    )
    return [
        {
            "at": event.at,
            "action": event.get_action_display(),
            "what": _what(event),
            "role": ROLE_NAMES.get(event.role, event.role),
            "ministry": event.details.get("ministry", ""),
            "document": event.details.get("document_title", ""),
        }
        for event in events
    ]
