from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OneTimeCode(models.Model):
    """A code handed to one person out of band (a printed letter, an administrator in person), valid
    once and for a short time. Only a keyed hash is stored: the code itself is shown once, when issued."""

    class Purpose(models.TextChoices):
        ACTIVATION = "activation", _("First password")
        PASSWORD_RESET = "password_reset", _("New password")
        TWO_FACTOR_ENROLMENT = "two_factor", _("Two-step login set-up")

    MAX_FAILED_ATTEMPTS = 5

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="one_time_codes",
        verbose_name=_("account"),
    )
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    code_hash = models.CharField(max_length=64, editable=False)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
    )
    created_at = models.DateTimeField(_("issued"), auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)
    failed_attempts = models.PositiveSmallIntegerField(_("wrong tries"), default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "purpose"])]
        verbose_name = _("one-time code")
        verbose_name_plural = _("one-time codes")

    def __str__(self):
        return f"{self.user} · {self.get_purpose_display()}"

    @property
    def is_usable(self):
        return (
            self.used_at is None
            and self.expires_at > timezone.now()
            and self.failed_attempts < self.MAX_FAILED_ATTEMPTS
        )
