"""Outbound SMS: one adapter class per gateway's sending API, as feature_phones.gateways has one per
gateway's callbacks. Nothing is sent while the gateway's key is not configured.

Africa's Talking's SMS API first: a form-encoded POST with the account's user name, the numbers and the
message, the API key in an `apiKey` header; the answer lists each recipient with a status code (100
processed, 101 sent, 102 queued; anything else failed).
"""

import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings

logger = logging.getLogger(__name__)
TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class Sent:
    number: str
    accepted: bool
    status: str


class AfricasTalkingSms:
    name = "africastalking"
    accepted_codes = {100, 101, 102}

    def request(self, numbers, text):
        body = {"username": settings.FEATURE_PHONE_SMS_USERNAME, "to": ",".join(numbers), "message": text}
        if settings.FEATURE_PHONE_SMS_SENDER:
            body["from"] = settings.FEATURE_PHONE_SMS_SENDER
        return urllib.request.Request(
            settings.FEATURE_PHONE_SMS_URL,
            data=urllib.parse.urlencode(body).encode(),
            headers={
                "apiKey": settings.FEATURE_PHONE_SMS_API_KEY,
                "Accept": "application/json",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            method="POST",
        )

    def results(self, answer):
        recipients = answer.get("SMSMessageData", {}).get("Recipients", [])
        return [
            Sent(
                number=str(r.get("number", "")),
                accepted=r.get("statusCode") in self.accepted_codes,
                status=str(r.get("status", "")),
            )
            for r in recipients
        ]


SENDERS = {sender.name: sender for sender in (AfricasTalkingSms,)}


def sms_configured():
    return bool(settings.FEATURE_PHONE_SMS_API_KEY and settings.FEATURE_PHONE_SMS_USERNAME)


def send_sms(numbers, text):
    """Send `text` to the numbers; [] when SMS is not configured or the gateway cannot be reached (the
    caller decides whether to try again; the numbers are never logged)."""
    numbers = [n for n in numbers if n]
    if not numbers or not sms_configured():
        return []
    sender = SENDERS[settings.FEATURE_PHONE_GATEWAY]()
    try:
        with urllib.request.urlopen(sender.request(numbers, text), timeout=TIMEOUT_SECONDS) as response:
            answer = json.loads(response.read(1024 * 1024) or b"{}")
    except (urllib.error.URLError, TimeoutError, ValueError, OSError) as error:
        logger.warning("SMS gateway refused or unreachable: %s", type(error).__name__)
        return []
    return sender.results(answer)
