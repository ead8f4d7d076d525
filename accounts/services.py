"""Issuing and redeeming one-time codes: first passwords from an activation letter, new passwords,
and the code an administrator gives a staff member before they may enrol an authenticator.

Codes are twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L), printed in groups of
four. Sixty bits and five tries per code make guessing hopeless, so a fast keyed hash (HMAC with the
secret key) is enough, and a batch of letters is issued in milliseconds, not the seconds PBKDF2 takes.
"""

import secrets
from datetime import timedelta

from django.db import models, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.models import OneTimeCode
from audit.models import AuditEvent, record

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 12
DEFAULT_VALIDITY = {
    OneTimeCode.Purpose.ACTIVATION: timedelta(days=30),
    OneTimeCode.Purpose.PASSWORD_RESET: timedelta(days=30),
    OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT: timedelta(hours=24),
}


class CodeRefused(Exception):
    """The code is wrong, used, expired or tried too often. One message for all, never saying which codes
    are nearly right nor which accounts exist, with how many tries are left (a person copying the code by
    hand needs to know)."""

    def __init__(self, tries_left=None):
        super().__init__()
        self.tries_left = tries_left

    @property
    def message(self):
        refused = _("This code is not valid. Check the user name and the code, or ask for a new letter.")
        if not self.tries_left:
            return refused
        left = ngettext(
            "You can try this letter's code %(count)d more time.",
            "You can try this letter's code %(count)d more times.",
            self.tries_left,
        ) % {"count": self.tries_left}
        return f"{refused} {left}"


def normalise(code):
    """Codes are copied by hand: 'abcd efgh-2345' means ABCDEFGH2345."""
    return "".join(character for character in str(code).upper() if character.isalnum())


def formatted(code):
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def _hash(code):
    return salted_hmac("accounts.one-time-code", normalise(code), algorithm="sha256").hexdigest()


@transaction.atomic
def issue_code(*, user, purpose, issued_by=None, valid_for=None):
    """A new code for `user`, replacing any unused one of the same purpose. Returns the code, formatted
    for print; it is not stored anywhere in clear."""
    now = timezone.now()
    OneTimeCode.objects.filter(user=user, purpose=purpose, used_at__isnull=True).update(expires_at=now)
    code = "".join(secrets.choice(ALPHABET) for _i in range(CODE_LENGTH))
    OneTimeCode.objects.create(
        user=user,
        purpose=purpose,
        code_hash=_hash(code),
        issued_by=issued_by,
        expires_at=now + (valid_for or DEFAULT_VALIDITY[purpose]),
    )
    record(AuditEvent.Action.CODE_ISSUED, actor=issued_by, target=user, purpose=str(purpose))
    return formatted(code)


def redeem_code(*, username, code, purposes, then=None):
    """The account whose current code of one of `purposes` this is, and that purpose; the code is used
    up, and `then(user, purpose)` runs in the same transaction. Raises CodeRefused otherwise, after
    counting the wrong try against the account's code (outside any transaction, so that it stays
    counted: callers must not wrap this in one of theirs)."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username__iexact=(username or "").strip()).first()
    with transaction.atomic():
        candidate = None
        if user is not None:
            candidate = (
                OneTimeCode.objects.select_for_update()
                .filter(user=user, purpose__in=purposes, used_at__isnull=True, expires_at__gt=timezone.now())
                .first()
            )
        matches = candidate is not None and constant_time_compare(candidate.code_hash, _hash(code))
        if matches and candidate.is_usable:
            candidate.used_at = timezone.now()
            candidate.save(update_fields=["used_at"])
            if then is not None:
                then(user, candidate.purpose)
            return user, candidate.purpose
    if candidate is not None:
        OneTimeCode.objects.filter(pk=candidate.pk).update(failed_attempts=models.F("failed_attempts") + 1)
        tries_before = candidate.failed_attempts
    else:
        # A name with no code waiting counts down the same way (from its refused tries), so the answer
        # does not tell which names have a letter out.
        since = timezone.now() - DEFAULT_VALIDITY[OneTimeCode.Purpose.ACTIVATION]
        tries_before = AuditEvent.objects.filter(
            action=AuditEvent.Action.CODE_REFUSED, at__gte=since, details__username=str(username)[:150]
        ).count()
    record(AuditEvent.Action.CODE_REFUSED, target=user, username=str(username)[:150])
    raise CodeRefused(max(OneTimeCode.MAX_FAILED_ATTEMPTS - tries_before - 1, 0))


def set_password_with_code(*, username, code, password):
    """A first or new password chosen with the code from a letter; the account is active from now on."""

    def set_password(user, purpose):
        user.set_password(password)
        user.is_active = True
        user.save(update_fields=["password", "is_active"])
        record(AuditEvent.Action.PASSWORD_SET, actor=user, target=user, purpose=str(purpose))

    user, _purpose = redeem_code(
        username=username,
        code=code,
        purposes=[OneTimeCode.Purpose.ACTIVATION, OneTimeCode.Purpose.PASSWORD_RESET],
        then=set_password,
    )
    return user
