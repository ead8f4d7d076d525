"""Phone numbers: hashed before anything keeps or prints them, remembered languages, rate limits."""

import logging
import re
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac

from feature_phones.models import RememberedLanguage

logger = logging.getLogger(__name__)


def number_hash(number):
    """A keyed hash of the number (HMAC-SHA256 under the site's secret): the same for '+257 79…' and
    '25779…', useless to whoever reads a log or the database without the key."""
    digits = re.sub(r"\D", "", number or "")
    return salted_hmac("feature_phones.number", digits, algorithm="sha256").hexdigest()


def short_hash(hashed):
    """What log lines and audit events carry: enough to follow one phone, nothing to dial."""
    return hashed[:16]


def remembered_language(hashed):
    row = RememberedLanguage.objects.filter(number_hash=hashed, expires_at__gt=timezone.now()).first()
    return row.language if row else None


def remember_language(hashed, language):
    now = timezone.now()
    RememberedLanguage.objects.update_or_create(
        number_hash=hashed,
        defaults={
            "language": language,
            "expires_at": now + timedelta(days=settings.FEATURE_PHONE_LANGUAGE_DAYS),
        },
    )
    # Forgetting is part of remembering: expired rows go as soon as anyone chooses a language.
    RememberedLanguage.objects.filter(expires_at__lte=now).delete()


def over_rate_limit(hashed):
    """Counts this request against the number's allowance for the current window (a cache counter)."""
    window = settings.FEATURE_PHONE_RATE_WINDOW_SECONDS
    key = f"feature-phones:rate:{hashed}:{int(time.time() // window)}"
    try:
        cache.add(key, 0, timeout=window * 2)
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 (a cache outage must not silence the service; log and go on)
        logger.warning("feature phones: rate limit not counted, cache unavailable")
        return False
    return count > settings.FEATURE_PHONE_RATE_LIMIT
