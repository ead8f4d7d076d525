"""What keeps robots and floods out without a captcha or an account: a field people never see (the
honeypot), a signed time token (a form sent seconds after the page was built, or days later, is refused)
and a limit per address and hour. The address itself is never stored: only a keyed hash, in the cache.
Without the shared cache the limit is counted per process (operations/allowances.py): a report is still
received, and a flood still stopped."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core import signing

from operations import allowances
from operations.proxies import client_ip

SALT = "feedback.form"
MIN_SECONDS = 2
MAX_SECONDS = 24 * 3600
PER_HOUR = 20


# Pages carry a token stamped with the start of the current ten minutes, not the second: the page is the
# same for every visitor in that time, so it can be revalidated (ETag) and cached like any other.
WINDOW_SECONDS = 600


class _WindowSigner(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) // WINDOW_SECONDS * WINDOW_SECONDS)


def time_token():
    return _WindowSigner(salt=SALT).sign("form")


def token_is_fresh(token):
    """Signed by us, at least MIN_SECONDS and at most MAX_SECONDS ago."""
    signer = signing.TimestampSigner(salt=SALT)
    try:
        signer.unsign(token or "", max_age=MAX_SECONDS)
        signer.unsign(token, max_age=MIN_SECONDS)
    except signing.SignatureExpired:
        return True  # older than MIN_SECONDS (and, from the first check, younger than MAX_SECONDS)
    except signing.BadSignature:
        return False
    return False  # sent too soon after the page was built: a robot


def _address_hash(request):
    # Behind reverse proxies, the client's own address (TRUSTED_PROXY_COUNT), as for the login lockout.
    address = client_ip(request)
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def over_the_limit(request):
    """Counts this request; True once the address has sent PER_HOUR reports within the hour."""
    return allowances.exceeded("feedback", _address_hash(request), PER_HOUR, 3600)
