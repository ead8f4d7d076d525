"""Phone numbers: hashed before anything keeps or prints them, remembered languages, rate limits."""

import logging
import re
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac

from feature_phones.models import RememberedLanguage
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


def session_hash(session_id):
    return salted_hmac("feature_phones.session", session_id or "", algorithm="sha256").hexdigest()[:32]


def _remembered(hashed):
    return RememberedLanguage.objects.filter(number_hash=hashed, expires_at__gt=timezone.now()).first()


def remembered_language(hashed):
    row = _remembered(hashed)
    return row.language if row else None


def session_languages(hashed, session_id):
    """(the language this USSD session starts in, the language remembered now). They differ in the
    session that chose a new language: the gateway replays its keys from the first screen, so it keeps
    starting from the language it began with (None: the language screen)."""
    row = _remembered(hashed)
    if row is None:
        return None, None
    if row.chosen_in_session == session_hash(session_id):
        return row.language_before or None, row.language
    return row.language, row.language


def remember_language(hashed, language, session_id, session_started_in):
    """`language` from now on; the session that chose it keeps starting from `session_started_in`
    (what session_languages() gave as its first value)."""
    now = timezone.now()
    RememberedLanguage.objects.update_or_create(
        number_hash=hashed,
        defaults={
            "language": language,
            "expires_at": now + timedelta(days=settings.FEATURE_PHONE_LANGUAGE_DAYS),
            "chosen_in_session": session_hash(session_id),
            "language_before": session_started_in or "",
        },
    )
    # Forgetting is part of remembering: expired rows go as soon as anyone chooses a language.
    RememberedLanguage.objects.filter(expires_at__lte=now).delete()


SESSION_SECONDS = 600  # gateways end a USSD session after a few minutes


def _session_key(hashed, session_id):
    return f"feature-phones:session:{short_hash(hashed)}:{session_hash(session_id)}"


def session_searches(hashed, session_id):
    """What this USSD session's searches found so far ({} when new, or when the cache is down)."""
    try:
        return dict(cache.get(_session_key(hashed, session_id)) or {})
    except Exception:  # noqa: BLE001 (without the cache, the session searches again: slower, not wrong)
        return {}


def keep_session_searches(hashed, session_id, found):
    try:
        cache.set(_session_key(hashed, session_id), found, timeout=SESSION_SECONDS)
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
