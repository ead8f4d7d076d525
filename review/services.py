"""Proposing, approving, returning and restoring changes to reviewed content.

The rules are the procedures' (procedures/services.py uses `require_reviewer` too): only reviewers
decide, nobody approves their own change except a superuser (and the audit log says so), and a change
is approved only against the public content it was proposed on.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.models import AuditEvent, record
from review import snapshots
from review.models import Proposal
from translations.state import STATE_FIELD, approved


def approved_snapshot(proposed, base):
    """The proposed content as the reviewer approves it: every text they saw change is reviewed."""
    fields = proposed["fields"]
    if STATE_FIELD not in fields:
        return proposed
    base_state = ((base or {}).get("fields") or {}).get(STATE_FIELD)
    return {**proposed, "fields": {**fields, STATE_FIELD: approved(fields[STATE_FIELD], base_state)}}


APPROVE_PERMISSION = "review.approve_proposal"


def may_review(user):
    return user.is_active and user.has_perm(APPROVE_PERMISSION)


def require_reviewer(user, *, submitted_by_id=None):
    """Refuse anyone but a reviewer, and a reviewer deciding on their own change (unless superuser).
    Returns True when a superuser approves their own change, which the audit log must say."""
    if not may_review(user):
        raise PermissionDenied(_("Only a reviewer can approve or return a change."))
    own = submitted_by_id is not None and submitted_by_id == user.pk
    if own and not user.is_superuser:
        raise PermissionDenied(_("You cannot approve your own change."))
    return own


@transaction.atomic
def proposal_submit(*, model, obj, kind, proposed, user, object_repr):
    """Record a proposed change; nothing public changes. `obj` is None for a creation."""
    base = snapshots.take(obj) if obj is not None else None
    try:
        with transaction.atomic():
            proposal = Proposal.objects.create(
                content_type=ContentType.objects.get_for_model(model),
                object_id=str(obj.pk) if obj is not None else "",
                object_repr=object_repr[:300],
                kind=kind,
                base=base,
                proposed=proposed,
                author=user,
            )
    except IntegrityError as error:
        raise ValidationError(_("A change to this object is already waiting for review.")) from error
    record(AuditEvent.Action.SUBMIT, actor=user, target=proposal, kind=kind, object=object_repr[:300])
    return proposal


@transaction.atomic
def proposal_approve(*, proposal, user):
    """Make the proposed change public."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    self_approved = require_reviewer(user, submitted_by_id=proposal.author_id)
    if proposal.status != Proposal.Status.SUBMITTED:
        raise ValidationError(_("Only a change waiting for review can be approved."))
    target = proposal.target()
    if proposal.kind != Proposal.Kind.CREATE:
        if target is None:
            raise ValidationError(_("This object no longer exists: return the change."))
        if snapshots.diff(proposal.model, proposal.base, snapshots.take(target)):
            raise ValidationError(_("The public content changed since this was proposed: return the change."))
    if proposal.kind == Proposal.Kind.DELETE:
        try:
            target.delete()
        except ProtectedError as error:
            raise ValidationError(
                _("It cannot be deleted while other content uses it: %(users)s")
                % {"users": ", ".join(str(o) for o in list(error.protected_objects)[:5])}
            ) from error
    else:
        target = snapshots.apply(proposal.model, target, approved_snapshot(proposal.proposed, proposal.base))
        proposal.object_id = str(target.pk)
    proposal.status = Proposal.Status.APPLIED
    proposal.reviewed_by, proposal.reviewed_at = user, timezone.now()
    proposal.save(update_fields=["object_id", "status", "reviewed_by", "reviewed_at"])
    record(AuditEvent.Action.APPROVE, actor=user, target=proposal, self_approved=self_approved)
    record(AuditEvent.Action.PUBLISH, actor=user, target=proposal, kind=proposal.kind)
    return proposal


@transaction.atomic
def proposal_return(*, proposal, user, comment):
    """Refuse a proposed change, saying why; the public content stays as it is."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    require_reviewer(user)
    if proposal.status != Proposal.Status.SUBMITTED:
        raise ValidationError(_("Only a change waiting for review can be returned."))
    if not (comment or "").strip():
        raise ValidationError(_("Say what the clerk should change."))
    proposal.status = Proposal.Status.RETURNED
    proposal.review_comment = comment.strip()
    proposal.reviewed_by, proposal.reviewed_at = user, timezone.now()
    proposal.save(update_fields=["status", "review_comment", "reviewed_by", "reviewed_at"])
    record(AuditEvent.Action.RETURN, actor=user, target=proposal, comment=proposal.review_comment)
    return proposal


def proposal_restore(*, proposal, user, state="base"):
    """Propose again the content an earlier proposal recorded (`base`: before it; `proposed`: after)."""
    target = proposal.target()
    snapshot = proposal.base if state == "base" else proposal.proposed
    if target is None or snapshot is None:
        raise ValidationError(_("Only the content of an object that still exists can be restored."))
    restored = proposal_submit(
        model=proposal.model,
        obj=target,
        kind=Proposal.Kind.CHANGE,
        proposed=snapshot,
        user=user,
        object_repr=str(target),
    )
    record(AuditEvent.Action.RESTORE, actor=user, target=restored, restored_from=proposal.pk)
    return restored
