"""The editorial workflow: a clerk proposes, a civil-service reviewer approves, then it is public.

draft -> submitted -> (returned to draft | approved -> published, at once or on a given date)
A published procedure is edited through a working copy (Procedure.draft_of); the published row and
what citizens see stay unchanged until the copy is approved. Every step writes a Revision and an
audit event, and mails the people who must act next. The search index and the page cache follow the
saved rows by themselves (procedures/signals.py, page_cache/middleware.py).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from audit.models import AuditEvent, record
from ministries.models import StaffProfile
from ministries.roles import is_reviewer, staff_ministry
from procedures.models import REVIEW_INTERVAL_DAYS, ChangeNote, Procedure, Revision
from procedures.revisions import approve_in_place, copy_content, publish_content, take_snapshot
from review.services import require_reviewer

logger = logging.getLogger(__name__)
EDITABLE_STATES = {Procedure.Status.DRAFT, Procedure.Status.SUBMITTED, Procedure.Status.APPROVED}
REMINDER_INTERVAL = timedelta(days=7)


# --- Who may do what ----------------------------------------------------------------------------


def can_edit(user, procedure):
    """Clerks of the procedure's ministry, and superusers."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    ministry = staff_ministry(user)
    profile = getattr(user, "staff_profile", None)
    return (
        profile is not None
        and profile.role == profile.Role.CLERK
        and ministry is not None
        and procedure.institution.ministry_id == ministry.pk
    )


def _require(condition, message):
    if not condition:
        raise PermissionDenied(message)


# --- Recording ----------------------------------------------------------------------------------


def _revision(procedure, action, user, *, comment="", source=None, **extra):
    """Record `source`'s content (default: `procedure`), plus `extra` keys such as the change note."""
    source = source or procedure
    return Revision.objects.create(
        procedure=procedure.original,
        subject=procedure.original.slug,
        action=action,
        author=user if user is not None and user.is_authenticated else None,
        edit_version=source.edit_version,
        comment=comment,
        snapshot={**take_snapshot(source), **extra},
    )


def record_saved(*, procedure, user, created=False):
    """After the admin saved a draft or working copy: keep that state in the history."""
    _revision(
        procedure, Revision.Action.CREATED if created else Revision.Action.SAVED, user, source=procedure
    )
    record(
        AuditEvent.Action.CREATE if created else AuditEvent.Action.EDIT,
        actor=user,
        target=procedure.original,
        working_copy=procedure.is_working_copy,
        edit_version=procedure.edit_version,
    )


@transaction.atomic
def procedure_discard(*, procedure, user):
    """Delete a draft or a working copy. What it held stays in the history (a DISCARDED revision, which
    outlives a draft that was never published) and in the audit log."""
    _require(
        can_edit(user, procedure.original), _("Only a clerk of this ministry can discard this proposal.")
    )
    if procedure.is_public and not user.is_superuser:  # the admin lets only superusers delete those
        raise PermissionDenied(_("A published procedure is withdrawn, not discarded."))
    _revision(procedure, Revision.Action.DISCARDED, user)
    record(
        AuditEvent.Action.DELETE,
        actor=user,
        target=procedure.original,
        working_copy=procedure.is_working_copy,
    )
    procedure.delete()


# --- Working copies -----------------------------------------------------------------------------


def procedure_edit_location(*, procedure, user, start=False):
    """Where `user`'s changes to `procedure` go: the working copy of a public procedure they may edit
    (started when `start`, i.e. on the first save, never by merely opening it), else None: the
    procedure is edited, or only viewed, as it is."""
    if not (procedure.is_public and can_edit(user, procedure)):
        return None
    if start:
        return procedure_working_copy(procedure=procedure, user=user)
    return procedure.working_copies.first()


@transaction.atomic
def procedure_working_copy(*, procedure, user):
    """Where changes to `procedure` are made: itself while never published, else its working copy."""
    procedure = procedure.original
    _require(can_edit(user, procedure), _("Only a clerk of this ministry can change this procedure."))
    if procedure.status in EDITABLE_STATES:
        return procedure
    copy = procedure.working_copies.first()
    if copy is not None:
        return copy
    try:
        with transaction.atomic():
            return _start_working_copy(procedure, user)
    except IntegrityError:  # someone opened it at the same moment
        return procedure.working_copies.get()


def _start_working_copy(procedure, user):
    copy = Procedure(
        slug=procedure.slug,
        draft_of=procedure,
        institution=procedure.institution,
        status=Procedure.Status.DRAFT,
        is_sample=procedure.is_sample,
    )
    copy_content(procedure, copy)
    _revision(copy, Revision.Action.CREATED, user, comment=_("changes started"))
    return copy


# --- Transitions --------------------------------------------------------------------------------


@transaction.atomic
def procedure_submit(*, procedure, user, change_note=None, minor=False):
    """Send a draft to the reviewers. `change_note`: {"rn": …, "fr": …, "en": …}, required unless minor."""
    procedure = Procedure.objects.select_for_update().get(pk=procedure.pk)
    _require(
        can_edit(user, procedure.original), _("Only a clerk of this ministry can submit this procedure.")
    )
    if procedure.status != Procedure.Status.DRAFT:
        raise ValidationError(_("Only a draft can be submitted."))
    change_note = {code: (text or "").strip() for code, text in (change_note or {}).items()}
    if not minor and not change_note.get("fr"):
        raise ValidationError(
            _("Write a short public note saying what changed, or mark the change as minor.")
        )
    procedure.status = Procedure.Status.SUBMITTED
    procedure.submitted_at = timezone.now()
    procedure.submitted_by = user
    procedure.review_comment = ""
    procedure.save(update_fields=["status", "submitted_at", "submitted_by", "review_comment", "updated_at"])
    # The note waits on the SUBMITTED revision until the change is published.
    _revision(
        procedure,
        Revision.Action.SUBMITTED,
        user,
        comment=_("minor change") if minor else change_note.get("fr", ""),
        change_note=None if minor else change_note,
    )
    record(AuditEvent.Action.SUBMIT, actor=user, target=procedure.original, minor=minor)
    _notify_reviewers(procedure)
    return procedure


@transaction.atomic
def procedure_return(*, procedure, user, comment):
    """Send a submitted draft back to its clerk with the reviewer's comment."""
    procedure = Procedure.objects.select_for_update().get(pk=procedure.pk)
    require_reviewer(user)
    if procedure.status != Procedure.Status.SUBMITTED:
        raise ValidationError(_("Only a submitted procedure can be returned."))
    if not (comment or "").strip():
        raise ValidationError(_("Say what the clerk should change."))
    procedure.status = Procedure.Status.DRAFT
    procedure.review_comment = comment.strip()
    procedure.save(update_fields=["status", "review_comment", "updated_at"])
    _revision(procedure, Revision.Action.RETURNED, user, comment=comment.strip())
    record(AuditEvent.Action.RETURN, actor=user, target=procedure.original, comment=comment.strip())
    _notify_clerk(
        procedure,
        _("Changes returned: %(title)s"),
        _("A reviewer returned your changes with this comment:"),
        comment.strip(),
    )
    return procedure


@transaction.atomic
def procedure_approve(*, procedure, user, reviewed_version, publish_on=None):
    """Approve a submitted draft: publish it now, or on `publish_on` (a later date)."""
    procedure = Procedure.objects.select_for_update().get(pk=procedure.pk)
    # The same rule as for offices, institutions and forms: reviewers only, never their own change.
    self_approved = require_reviewer(user, submitted_by_id=procedure.submitted_by_id)
    if procedure.status != Procedure.Status.SUBMITTED:
        raise ValidationError(_("Only a submitted procedure can be approved."))
    if procedure.edit_version != reviewed_version:
        raise ValidationError(
            _("The clerk changed this procedure while you were reviewing it. Review it again.")
        )
    today = timezone.localdate()
    _revision(
        procedure,
        Revision.Action.APPROVED,
        user,
        comment=_("approved by the submitter (superuser)") if self_approved else "",
    )
    record(
        AuditEvent.Action.APPROVE,
        actor=user,
        target=procedure.original,
        self_approved=self_approved,
        publish_on=publish_on.isoformat() if publish_on else None,
    )
    if publish_on and publish_on > today:
        procedure.status = Procedure.Status.APPROVED
        procedure.publish_on = publish_on
        procedure.save(update_fields=["status", "publish_on", "updated_at"])
        return procedure
    return _publish(procedure, user)


def _publish(procedure, user):
    """Make the approved content public: in place for a new procedure, onto the original for a copy."""
    original = procedure.original
    submitter = procedure.submitted_by
    note = Revision.objects.change_note_for(procedure)
    now = timezone.now()
    chosen_review_date = procedure.next_review_on
    if procedure.is_working_copy:
        publish_content(procedure, original)
    else:
        approve_in_place(original)
    if original.status != Procedure.Status.WITHDRAWN:  # a withdrawn procedure stays withdrawn
        original.status = Procedure.Status.PUBLISHED
    original.published_at = now
    original.last_reviewed_on = timezone.localdate()
    default_review_date = original.last_reviewed_on + timedelta(days=REVIEW_INTERVAL_DAYS)
    original.next_review_on = (
        chosen_review_date
        if chosen_review_date and chosen_review_date > original.last_reviewed_on
        else default_review_date
    )
    original.submitted_at = original.submitted_by = original.publish_on = None
    original.review_comment = ""
    original.save()
    if note:
        ChangeNote.objects.create(
            procedure=original,
            **{f"text_{code}": text for code, text in note.items()},
            published_on=timezone.localdate(),
        )
    _revision(original, Revision.Action.PUBLISHED, user)
    record(AuditEvent.Action.PUBLISH, actor=user, target=original)
    if procedure.is_working_copy:
        procedure.delete()
    _notify_clerk(
        original, _("Published: %(title)s"), _("Your changes are now public."), "", recipient=submitter
    )
    return original


@transaction.atomic
def publish_due_changes(*, today=None):
    """Publish the approved changes whose date has come. Safe to run every few minutes."""
    today = today or timezone.localdate()
    due = Procedure.objects.select_for_update(skip_locked=True).filter(
        status=Procedure.Status.APPROVED, publish_on__lte=today
    )
    return [_publish(procedure, None) for procedure in due]


@transaction.atomic
def procedure_withdraw(*, procedure, user, replaced_by=None):
    """Stop offering a published procedure; its page says so and points to its replacement."""
    _require(is_reviewer(user), _("Only a reviewer can withdraw a procedure."))
    procedure = procedure.original
    if procedure.status != Procedure.Status.PUBLISHED:
        raise ValidationError(_("Only a published procedure can be withdrawn."))
    if replaced_by is not None and replaced_by.pk == procedure.pk:
        raise ValidationError(_("A procedure cannot replace itself."))
    procedure.status = Procedure.Status.WITHDRAWN
    procedure.replaced_by = replaced_by
    procedure.save(update_fields=["status", "replaced_by", "updated_at"])
    _revision(procedure, Revision.Action.WITHDRAWN, user)
    record(
        AuditEvent.Action.WITHDRAW,
        actor=user,
        target=procedure,
        replaced_by=replaced_by.slug if replaced_by else None,
    )
    return procedure


@transaction.atomic
def procedure_republish(*, procedure, user):
    """Offer a withdrawn procedure again."""
    _require(is_reviewer(user), _("Only a reviewer can offer a procedure again."))
    procedure = procedure.original
    if procedure.status != Procedure.Status.WITHDRAWN:
        raise ValidationError(_("Only a withdrawn procedure can be offered again."))
    procedure.status = Procedure.Status.PUBLISHED
    procedure.replaced_by = None
    procedure.save(update_fields=["status", "replaced_by", "updated_at"])
    _revision(procedure, Revision.Action.REPUBLISHED, user)
    record(AuditEvent.Action.REPUBLISH, actor=user, target=procedure)
    return procedure


@transaction.atomic
def revision_restore(*, revision, user):
    """Propose an earlier state again: it becomes the working copy's content, as a draft to submit."""
    from procedures.revisions import apply_snapshot

    copy = procedure_working_copy(procedure=revision.procedure, user=user)
    apply_snapshot(copy, revision.snapshot)
    copy.status = Procedure.Status.DRAFT
    copy.edit_version += 1
    copy.save(update_fields=["status", "edit_version", "updated_at"])
    _revision(
        copy,
        Revision.Action.RESTORED,
        user,
        comment=_("restored from the version of %(date)s")
        % {"date": timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M")},
    )
    record(AuditEvent.Action.RESTORE, actor=user, target=revision.procedure, revision=revision.pk)
    return copy


# --- Mail ---------------------------------------------------------------------------------------


def _mail(recipients, subject, body):
    """Send once the action is committed; a mail server that is down must not undo the action."""
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return

    def send():
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
        except Exception:
            logger.exception("Could not send '%s' to %d recipients", subject, len(recipients))

    transaction.on_commit(send)


def _admin_url(procedure):
    from django.urls import reverse

    return settings.SITE_URL + reverse("admin:procedures_procedure_change", args=[procedure.pk])


def _notify_reviewers(procedure):
    reviewers = StaffProfile.objects.filter(
        role=StaffProfile.Role.REVIEWER, user__is_active=True
    ).select_related("user")
    with translation.override("fr"):
        _mail(
            [profile.user.email for profile in reviewers],
            _("To review: %(title)s") % {"title": procedure.title},
            _("%(user)s submitted changes to “%(title)s” for review:\n%(url)s")
            % {"user": procedure.submitted_by, "title": procedure.title, "url": _admin_url(procedure)},
        )


def _notify_clerk(procedure, subject, intro, comment, *, recipient=None):
    recipient = recipient or procedure.submitted_by
    if recipient is None:
        return
    with translation.override("fr"):
        body = f"{intro}\n\n{comment}\n\n{_admin_url(procedure)}".replace("\n\n\n", "\n\n")
        _mail([recipient.email], subject % {"title": procedure.title}, body)


# --- Freshness ----------------------------------------------------------------------------------


def send_review_reminders(*, today=None):
    """Mail each ministry's clerks the procedures due for review, at most once a week per procedure."""
    today = today or timezone.localdate()
    due = (
        Procedure.objects.overdue(today)
        .filter(
            Q(review_reminder_sent_on__isnull=True)
            | Q(review_reminder_sent_on__lte=today - REMINDER_INTERVAL)
        )
        .select_related("institution")
    )
    by_ministry = {}
    for procedure in due:
        by_ministry.setdefault(procedure.institution.ministry_id, []).append(procedure)
    sent = 0
    for ministry_id, procedures in by_ministry.items():
        clerks = StaffProfile.objects.filter(
            ministry_id=ministry_id, role=StaffProfile.Role.CLERK, user__is_active=True
        ).select_related("user")
        with translation.override("fr"):
            lines = "\n".join(
                f"- {p.title} ({p.review_due_on:%Y-%m-%d}): {_admin_url(p)}" for p in procedures
            )
            _mail(
                [c.user.email for c in clerks],
                _("Procedures to review"),
                _("These procedures have not been reviewed for 12 months. Check them and confirm or update:")
                + "\n\n"
                + lines,
            )
        Procedure.objects.filter(pk__in=[p.pk for p in procedures]).update(review_reminder_sent_on=today)
        sent += 1
    return sent
