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

from audit.models import AuditEvent, record

RECOVERY_CODES = 10


def two_factor_required(user):
    return settings.REQUIRE_STAFF_2FA and user.is_authenticated and (user.is_staff or user.is_superuser)


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
    """Staff enrol with an administrator's set-up code (admin_site.py); everyone else may turn it on."""
    return user.is_authenticated and not (user.is_staff or user.is_superuser)


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
