import functools
import hashlib
import json
from datetime import UTC

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The hash the first event of the chain points back to.
GENESIS = "0" * 64


class AuditEvent(models.Model):
    """Who did what, to what, when. Written by the application only: never edited or deleted.

    Each event carries the hash of the one before it (`prev_hash`) and its own hash over a canonical
    serialisation of its fields and that link, so a changed or removed event breaks the chain
    (`manage.py verify_audit`).

    An event is written in the transaction of the action it records (it is rolled back with it), and
    chained once that transaction has committed, by `seal()` in a short transaction of its own: the
    chain head is locked for the few milliseconds a batch of events takes to hash, never for the
    length of a caller's transaction, so readers do not wait for each other (benchmarks/audit_readers.py).
    `seq` is the event's place in the chain (committed order), given when it is chained.
    """

    class Action(models.TextChoices):
        CREATE = "create", _("Create")
        EDIT = "edit", _("Edit")
        DELETE = "delete", _("Delete")
        SUBMIT = "submit", _("Submit for review")
        APPROVE = "approve", _("Approve")
        RETURN = "return", _("Return to the clerk")
        PUBLISH = "publish", _("Publish")
        WITHDRAW = "withdraw", _("Withdraw")
        REPUBLISH = "republish", _("Offer again")
        RESTORE = "restore", _("Restore an earlier version")
        LOGIN_FAILED = "login_failed", _("Failed login")
        PHONE_SET_UP = "phone_set_up", _("Authenticator set up")
        RECOVERY_CODE_USED = "recovery_used", _("Logged in with a recovery code")
        RECOVERY_CODES_MADE = "recovery_made", _("New recovery codes made")
        CODE_ISSUED = "code_issued", _("One-time code issued")
        CODE_REFUSED = "code_refused", _("Wrong one-time code")
        PASSWORD_SET = "password_set", _("Password set with a one-time code")
        VIEW = "view", _("View")
        DOWNLOAD = "download", _("Download")
        UPLOAD = "upload", _("Upload")
        REFUSED = "refused", _("Access refused")

    at = models.DateTimeField(_("when"), default=timezone.now, editable=False, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_name = models.CharField(_("user name"), max_length=150, blank=True)
    role = models.CharField(_("role"), max_length=40, blank=True)
    address = models.GenericIPAddressField(_("from address"), null=True, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices, db_index=True)
    target_type = models.CharField(_("kind of object"), max_length=100, blank=True)
    target_id = models.CharField(_("object id"), max_length=40, blank=True)
    target_repr = models.CharField(_("object"), max_length=300, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    prev_hash = models.CharField(_("hash of the event before"), max_length=64, blank=True, editable=False)
    hash = models.CharField(_("hash"), max_length=64, blank=True, editable=False)
    seq = models.BigIntegerField(_("place in the chain"), null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.action} {self.target_repr}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Audit events are never changed.")
        super().save(*args, **kwargs)
        # Chained once committed (at once outside a transaction); an event rolled back never is.
        db = kwargs.get("using") or self._state.db
        transaction.on_commit(functools.partial(seal, db), using=db, robust=True)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events are never deleted.")

    def canonical(self):
        """The bytes the hash covers: every recorded field, in a fixed order, as sorted JSON."""
        fields = {
            "at": self.at.astimezone(UTC).isoformat(timespec="microseconds"),
            "actor": self.actor_id,
            "actor_name": self.actor_name,
            "role": self.role,
            "address": self.address,
            "action": self.action,
            "target_type": self.target_type,
            "target_id": self.target_id,
            "target_repr": self.target_repr,
            "details": self.details,
            "prev_hash": self.prev_hash,
        }
        return json.dumps(
            fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
        ).encode()

    def compute_hash(self):
        return hashlib.sha256(self.canonical()).hexdigest()


class ChainHead(models.Model):
    """One row: the hash and place of the newest chained event. Locked while a batch is chained
    (seal()), so concurrent sealers form one chain."""

    last_hash = models.CharField(max_length=64, default=GENESIS)
    last_event = models.BigIntegerField(null=True)
    last_seq = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("audit chain head")

    def __str__(self):
        return self.last_hash

    @classmethod
    def locked(cls, using="default"):
        # SELECT … FOR UPDATE on PostgreSQL; SQLite has one writer at a time anyway.
        head = cls.objects.using(using).select_for_update().filter(pk=1).first()
        if head is None:
            # The first event of an empty log (or after a flush): create the row, then lock it like any
            # sealer. Returning the row unlocked would let concurrent first sealers share one parent.
            cls.objects.using(using).get_or_create(pk=1)
            head = cls.objects.using(using).select_for_update().get(pk=1)
        return head


SEAL_BATCH = 500


def seal(using="default"):
    """Chain every committed event not chained yet, in the order they committed (then by id), each
    batch in a short transaction of its own. Returns how many were chained."""
    chained = 0
    while True:
        with transaction.atomic(using=using):
            head = ChainHead.locked(using)
            pending = list(
                AuditEvent.objects.using(using).filter(seq__isnull=True).order_by("pk")[:SEAL_BATCH]
            )
            if not pending:
                return chained
            prev, seq = head.last_hash, head.last_seq
            for event in pending:
                seq += 1
                event.seq, event.prev_hash = seq, prev
                event.hash = prev = event.compute_hash()
            AuditEvent.objects.using(using).bulk_update(pending, ["seq", "prev_hash", "hash"])
            ChainHead.objects.using(using).filter(pk=head.pk).update(
                last_hash=prev, last_event=pending[-1].pk, last_seq=seq
            )
        chained += len(pending)


def client_address(request):
    """The address the request came from, as the server saw it (a proxy sets REMOTE_ADDR via gunicorn)."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record(action, *, actor=None, target=None, request=None, role="", **details):
    """Write one audit event. `target` is any model instance (or None)."""
    return AuditEvent.objects.create(
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_name=getattr(actor, "username", "") or "",
        role=role,
        address=client_address(request),
        target_type=target._meta.label if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_repr=str(target)[:300] if target is not None else "",
        details=details,
    )


def record_login_failure(sender, credentials, request=None, **kwargs):
    """user_login_failed handler: the user name tried, never the password."""
    username = str(credentials.get("username", ""))[:150]
    AuditEvent.objects.create(
        action=AuditEvent.Action.LOGIN_FAILED, actor_name=username, address=client_address(request)
    )
