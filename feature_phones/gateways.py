"""What a USSD/SMS gateway sends and expects back, one adapter class per operator's format, and the
check that a request really comes from the configured gateway."""

import hmac
import ipaddress
import json
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse

from operations.proxies import client_ip

MAX_TEXT_LENGTH = 1000
SECRET_HEADER = "X-Gateway-Secret"
SECRET_PARAMETER = "key"  # for gateways that cannot add a header: put it in the callback address


@dataclass(frozen=True)
class UssdRequest:
    session_id: str
    service_code: str
    phone_number: str
    text: str


@dataclass(frozen=True)
class SmsRequest:
    phone_number: str
    text: str


class BadGatewayRequest(ValueError):
    """The request lacks what the gateway's format always carries."""


class AfricasTalking:
    """Africa's Talking: form-encoded POSTs; USSD answers are plain text starting CON or END.

    Inbound SMS arrive with `from` and `text`; the answer's messages are returned in the response
    body as JSON (`{"messages": [...]}`) for the relay that sends them through the operator's API.
    """

    name = "africastalking"

    def ussd_request(self, request):
        data = request.POST
        number = data.get("phoneNumber", "").strip()
        if not number or "sessionId" not in data:
            raise BadGatewayRequest("sessionId and phoneNumber are required")
        return UssdRequest(
            session_id=data["sessionId"][:100],
            service_code=data.get("serviceCode", "")[:50],
            phone_number=number,
            text=data.get("text", "")[:MAX_TEXT_LENGTH],
        )

    def ussd_response(self, screen):
        return HttpResponse(screen.response, content_type="text/plain; charset=utf-8")

    def sms_request(self, request):
        data = request.POST
        number = data.get("from", "").strip()
        if not number:
            raise BadGatewayRequest("from is required")
        return SmsRequest(phone_number=number, text=data.get("text", "")[:MAX_TEXT_LENGTH])

    def sms_response(self, messages):
        return HttpResponse(json.dumps({"messages": messages}), content_type="application/json")


GATEWAYS = {gateway.name: gateway for gateway in (AfricasTalking,)}


def configured_gateway():
    return GATEWAYS[settings.FEATURE_PHONE_GATEWAY]()


def gateway_enabled():
    """The channel is off until a secret or the gateway's addresses are configured."""
    return bool(settings.FEATURE_PHONE_GATEWAY_SECRET or settings.FEATURE_PHONE_GATEWAY_ADDRESSES)


def from_gateway(request):
    """Whether the request carries the shared secret and comes from an allowed address (each when set)."""
    secret = settings.FEATURE_PHONE_GATEWAY_SECRET
    if secret:
        given = request.headers.get(SECRET_HEADER) or request.GET.get(SECRET_PARAMETER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return False
    allowed = settings.FEATURE_PHONE_GATEWAY_ADDRESSES
    if allowed:
        try:
            address = ipaddress.ip_address(client_ip(request))
        except ValueError:
            return False
        return any(address in ipaddress.ip_network(network, strict=False) for network in allowed)
    return True
