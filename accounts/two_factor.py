"""Two-step login (TOTP) and its recovery codes.

Staff change what every citizen reads (clerks write it, reviewers publish it, HR officers open
personnel files), so in production (REQUIRE_STAFF_2FA, which production cannot turn off) every staff
login is confirmed with a code from an authenticator app. Enrolling that app is not "trust on first
use": it takes a set-up code an administrator handed over in person (accounts/services.py), so a
phished password alone cannot enrol the thief's phone. Enrolment gives recovery codes (django-otp's
static tokens, each valid once) for the day the phone is lost.

Anyone else (a public servant reading their own dossier) may turn two-step login on for themself from
their pages; from then on their login asks for the code too (accounts/forms.py, PublicLoginForm).
"""

from django.conf import settings
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import OneTimeCode
from audit.models import AuditEvent, record

RECOVERY_CODES = 10


def two_factor_required(user):
    return settings.REQUIRE_STAFF_2FA and user.is_authenticated and (user.is_staff or user.is_superuser)


def enrolled_with_administrators_code(user):
    """Whether this login's second step was a device enrolled after the account redeemed a set-up code an
    administrator issued (admin_site.py): a phone an account enrolled for itself does not count for staff
    work, whenever it was enrolled."""
    device = getattr(user, "otp_device", None)
    created = getattr(device, "created_at", None)
    if created is None:
        return False
    return OneTimeCode.objects.filter(
        user=user,
        purpose=OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT,
        used_at__isnull=False,
        used_at__lte=created,
        issued_by__is_superuser=True,
    ).exists()


def holds_a_role(user):
    """Staff, administrators and any account given a role (an archive role, a staff profile): they enrol
    a second factor only with an administrator's set-up code. Roles are looked up by their relation's
    name, as this infrastructure app knows no domain model."""
    if user.is_staff or user.is_superuser:
        return True
    return any(getattr(user, name, None) is not None for name in ROLE_RELATIONS)


# The one-to-one relations from an account to the models that give it a role.
ROLE_RELATIONS = ("archive_role", "staff_profile")


def has_confirmed_device(user):
    return any(True for _device in devices_for_user(user, confirmed=True))


def issue_recovery_codes(user):
    """New recovery codes for `user`, replacing any earlier ones. Shown once, never stored in clear
    elsewhere; each lets its owner in once instead of the authenticator's code."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=_("Recovery codes"), confirmed=True)
    codes = [StaticToken.random_token() for _i in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


# --- Two-step login a person turns on for themself (public servants; staff enrol through the admin) ------


def may_choose_two_factor(user):
    """Staff and anyone holding a role enrol with an administrator's set-up code (admin_site.py);
    everyone else (a servant reading their own file) may turn it on for themself."""
    return user.is_authenticated and not holds_a_role(user)


def pending_authenticator(user):
    """The authenticator being set up (created on first ask), not yet confirmed by a code from it."""
    return TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name="Isôko", confirmed=False
    )


def confirm_authenticator(user, token):
    """Confirm the pending authenticator with a code it shows; return it, or None if the code is wrong.
    Any earlier phone stops working; new recovery codes are made by the caller."""
    device = pending_authenticator(user)
    if not device.verify_token(token):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    record(AuditEvent.Action.PHONE_SET_UP, actor=user)
    return device


def turn_off(user, token):
    """Turn two-step login off, confirmed by a code from the phone or a recovery code; False if wrong."""
    devices = [*TOTPDevice.objects.filter(user=user, confirmed=True), *StaticDevice.objects.filter(user=user)]
    if not any(device.verify_token(token) for device in devices):
        return False
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    record(AuditEvent.Action.EDIT, actor=user, target=user, two_step_login="off")
    return True
