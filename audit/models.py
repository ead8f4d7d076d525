from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    """Who did what, to what, when. Written by the application only: never edited or deleted."""

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

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_name = models.CharField(_("user name"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices, db_index=True)
    target_type = models.CharField(_("kind of object"), max_length=100, blank=True)
    target_id = models.CharField(_("object id"), max_length=40, blank=True)
    target_repr = models.CharField(_("object"), max_length=300, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.action} {self.target_repr}"


def record(action, *, actor=None, target=None, **details):
    """Write one audit event. `target` is any model instance (or None)."""
    return AuditEvent.objects.create(
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_name=getattr(actor, "username", "") or "",
        target_type=target._meta.label if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_repr=str(target)[:300] if target is not None else "",
        details=details,
    )


def record_login_failure(sender, credentials, request=None, **kwargs):
    """user_login_failed handler: the user name tried, never the password."""
    username = str(credentials.get("username", ""))[:150]
    AuditEvent.objects.create(action=AuditEvent.Action.LOGIN_FAILED, actor_name=username)
