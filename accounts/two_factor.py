"""Two-step login (TOTP) and its recovery codes.

Reviewers' approval publishes to the whole country, so in production (REQUIRE_STAFF_2FA, which
production cannot turn off) they must confirm each login with a code from an authenticator app. A
first login leads them to set one up, and gives them recovery codes (django-otp's static tokens, each
valid once) for the day the phone is lost. Clerks log in with their password, or with a code once they
have a device.
"""

from django.conf import settings
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

from ministries.roles import is_reviewer

RECOVERY_CODES = 10


def two_factor_required(user):
    return settings.REQUIRE_STAFF_2FA and user.is_authenticated and is_reviewer(user)


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
