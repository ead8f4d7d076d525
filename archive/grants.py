"""Granting archive roles: a reviewed, audited act of two administrators.

Who may grant (README, "Who may do what in the archive"): an administrator (superuser) records the grant —
the account, the role, the ministry for HR, and the person who holds it (their identity card number, seen
by the administrator); a *second* administrator confirms it, and only then does the role count
(ArchiveRole.objects.in_force). Archivists and HR officers grant nothing, to themselves or anyone: a role
that could be handed out by its own holders would make every two-person rule a one-person rule.

Changing a grant's account, role, ministry or person is a new grant, confirmed again; removing one needs no
second person (it takes power away) and is audited like the rest.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from archive.models import ArchiveRole
from audit.models import AuditEvent, record

GRANT_FIELDS = ("user", "role", "ministry", "person")


def _require_administrator(user):
    if not (user.is_active and user.is_superuser):
        raise ValidationError(_("Only an administrator grants archive roles."))


def _audit(action, grant, *, by, request=None, **details):
    record(
        action,
        actor=by,
        target=grant,
        request=request,
        role="administrator",
        account=grant.user.username,
        archive_role=grant.role,
        ministry=grant.ministry.slug if grant.ministry_id else "",
        person=grant.person,
        **details,
    )


def grant_save(grant, *, by, changed=GRANT_FIELDS, request=None):
    """Record a new grant, or a changed one, as `by`'s: it waits for a second administrator."""
    _require_administrator(by)
    grant.full_clean()
    if grant.pk is None or set(changed) & set(GRANT_FIELDS):
        grant.granted_by, grant.granted_at = by, timezone.now()
        grant.confirmed_by = grant.confirmed_at = None
    with transaction.atomic():
        grant.save()
        _audit(AuditEvent.Action.SUBMIT, grant, by=by, request=request, fields=sorted(changed))
    return grant


def grant_confirm(grant, *, by, request=None):
    """A second administrator confirms a grant: from now on the role counts."""
    _require_administrator(by)
    with transaction.atomic():
        grant = (
            ArchiveRole.objects.select_for_update(of=("self",))
            .select_related("user", "ministry")
            .get(pk=grant.pk)
        )
        if grant.is_confirmed:
            raise ValidationError(_("This grant is already confirmed."))
        if grant.granted_by_id is None:
            raise ValidationError(
                _(
                    "Nobody is recorded as having made this grant: save it again first, then ask a second administrator."
                )
            )
        if by.pk in (grant.granted_by_id, grant.user_id):
            raise ValidationError(
                _("A second administrator must confirm this grant: you made it, or it is your own account.")
            )
        grant.full_clean()
        grant.confirmed_by, grant.confirmed_at = by, timezone.now()
        grant.save(update_fields=["confirmed_by", "confirmed_at"])
        _audit(AuditEvent.Action.APPROVE, grant, by=by, request=request, granted_by=grant.granted_by.username)
    return grant


def grant_remove(grant, *, by, request=None):
    """Take a role away (one administrator is enough)."""
    _require_administrator(by)
    with transaction.atomic():
        _audit(AuditEvent.Action.DELETE, grant, by=by, request=request)
        grant.delete()
