"""Phone numbers: hashed before anything keeps or prints them, remembered languages, rate limits."""

import logging
import re
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac

from feature_phones.models import RememberedLanguage
from feature_phones.sessions import Memory
from operations import allowances

logger = logging.getLogger(__name__)


def number_hash(number):
    """A keyed hash of the number (HMAC-SHA256 under the site's secret): the same for '+257 79…' and
    '25779…', useless to whoever reads a log or the database without the key."""
    digits = re.sub(r"\D", "", number or "")
    return salted_hmac("feature_phones.number", digits, algorithm="sha256").hexdigest()


def short_hash(hashed):
    """What log lines and audit events carry: enough to follow one phone, nothing to dial."""
    return hashed[:16]


def _remembered(hashed):
    return RememberedLanguage.objects.filter(number_hash=hashed, expires_at__gt=timezone.now()).first()


def remembered_language(hashed):
    row = _remembered(hashed)
    return row.language if row else None


SESSION_SECONDS = 600  # gateways end a USSD session after a few minutes


class StoredPhone:
    """A caller's phone as sessions.answer() reads and writes it: the remembered language in the
    database (under the number's hash), the session's searches in the cache."""

    def __init__(self, hashed):
        self.hashed = hashed

    def memory(self):
        row = _remembered(self.hashed)
        if row is None:
            return Memory()
        return Memory(row.language, row.chosen_in_session, row.language_before)

    def remember(self, memory):
        now = timezone.now()
        RememberedLanguage.objects.update_or_create(
            number_hash=self.hashed,
            defaults={
                "language": memory.language,
                "expires_at": now + timedelta(days=settings.FEATURE_PHONE_LANGUAGE_DAYS),
                "chosen_in_session": memory.chosen_in_session,
                "language_before": memory.language_before,
            },
        )
        # Forgetting is part of remembering: expired rows go as soon as anyone chooses a language.
        RememberedLanguage.objects.filter(expires_at__lte=now).delete()

    def _session_key(self, session_key):
        return f"feature-phones:session:{short_hash(self.hashed)}:{session_key}"

    def searches(self, session_key):
        """What this USSD session's searches found so far ({} when new, or when the cache is down)."""
        try:
            return dict(cache.get(self._session_key(session_key)) or {})
        except Exception:  # noqa: BLE001 (without the cache, the session searches again: slower, not wrong)
            return {}

    def keep_searches(self, session_key, found):
        try:
            cache.set(self._session_key(session_key), found, timeout=SESSION_SECONDS)
        except Exception:  # noqa: BLE001
            logger.warning("feature phones: session searches not kept, cache unavailable")


def over_rate_limit(hashed):
    """Counts this request against the number's allowance for the current window. Without the shared
    cache each process allows its share (operations/allowances.py): never open, never multiplied."""
    return allowances.exceeded(
        "feature-phones",
        hashed,
        settings.FEATURE_PHONE_RATE_LIMIT,
        settings.FEATURE_PHONE_RATE_WINDOW_SECONDS,
    )
