"""Two-step login (TOTP) and its recovery codes.

Staff change what every citizen reads (clerks write it, reviewers publish it, HR officers open
personnel files), so in production (REQUIRE_STAFF_2FA, which production cannot turn off) every staff
login is confirmed with a code from an authenticator app. Enrolling that app is not "trust on first
use": it takes a set-up code an administrator handed over in person (accounts/services.py), so a
phished password alone cannot enrol the thief's phone. Enrolment gives recovery codes (django-otp's
static tokens, each valid once) for the day the phone is lost.
"""

from django.conf import settings
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

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
