from django.db import models
from django.utils.translation import gettext_lazy as _


class RememberedLanguage(models.Model):
    """The language a phone chose last, for a while. The number itself is never stored: only a keyed
    hash of it (feature_phones/phones.py), which cannot be turned back into the number without the key."""

    number_hash = models.CharField(_("hashed phone number"), max_length=64, unique=True)
    language = models.CharField(_("language"), max_length=5)
    expires_at = models.DateTimeField(_("forgotten after"), db_index=True)
    # Gateways replay a USSD session's keys from its first screen, so the session in which the language
    # was chosen must keep starting from the language it started with (none: the language screen).
    chosen_in_session = models.CharField(_("session it was chosen in (hashed)"), max_length=32, blank=True)
    language_before = models.CharField(_("language before that session"), max_length=5, blank=True)

    class Meta:
        verbose_name = _("remembered language")
        verbose_name_plural = _("remembered languages")

    def __str__(self):
        return f"{self.number_hash[:12]}… {self.language}"
