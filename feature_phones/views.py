import logging
import secrets

from django.contrib import admin
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from feature_phones import phones
from feature_phones.forms import SimulatorForm
from feature_phones.gateways import BadGatewayRequest, configured_gateway, from_gateway, gateway_enabled
from feature_phones.gsm import SMS_LENGTH, shorten, sms_segments, to_gsm7
from feature_phones.sessions import SimulatedPhone, answer
from feature_phones.sms import sms_answer
from feature_phones.ussd import LANGUAGES, Screen

logger = logging.getLogger(__name__)


def _refused(request, channel):
    logger.warning("feature phones: %s request refused, not from the gateway", channel)
    return HttpResponseForbidden("Forbidden", content_type="text/plain")


def _gateway_request(request, channel, parse):
    """The parsed request, or the response that refuses it. Machines call these endpoints, so a
    forged call gets a plain 403 and a malformed one a plain 400."""
    if not gateway_enabled():
        raise Http404("The feature phone channel is not configured.")
    if not from_gateway(request):
        return None, _refused(request, channel)
    try:
        return parse(request), None
    except BadGatewayRequest as error:
        return None, HttpResponse(str(error), status=400, content_type="text/plain")


@csrf_exempt
@require_POST
def ussd(request):
    gateway = configured_gateway()
    call, refusal = _gateway_request(request, "ussd", gateway.ussd_request)
    if refusal:
        return refusal
    hashed = phones.number_hash(call.phone_number)
    if phones.over_rate_limit(hashed):
        logger.warning("feature phones: ussd rate limit reached for %s", phones.short_hash(hashed))
        language = phones.remembered_language(hashed)
        with translation.override(language or "rn"):
            text = to_gsm7(_("Too many requests. Please dial again in a minute."))
        return gateway.ussd_response(Screen("", text, "", ends=True, language=language))
    return gateway.ussd_response(answer(phones.StoredPhone(hashed), call.session_id, call.text))


@csrf_exempt
@require_POST
def sms(request):
    gateway = configured_gateway()
    message, refusal = _gateway_request(request, "sms", gateway.sms_request)
    if refusal:
        return refusal
    hashed = phones.number_hash(message.phone_number)
    if phones.over_rate_limit(hashed):
        # No answer at all: each answer costs an SMS, and a flood should not cost many.
        logger.warning("feature phones: sms rate limit reached for %s", phones.short_hash(hashed))
        return HttpResponse("Too many requests", status=429, content_type="text/plain")
    language = phones.remembered_language(hashed)
    if not message.text.strip():
        with translation.override(language or "rn"):
            hint = _("Send the name of a procedure, for example: pasiporo")
        return gateway.sms_response([shorten(to_gsm7(hint), SMS_LENGTH)])
    messages, _language = sms_answer(message.text, language)
    return gateway.sms_response(messages)


def simulator(request):
    """For staff (behind the admin's login): a USSD session played in the browser, so clerks read their
    procedure as a feature phone shows it. The session goes through the gateway's own code
    (sessions.answer); the phone's memory is kept in the clerk's session. Nothing is counted or sent."""
    phone = SimulatedPhone(request.session)
    form = SimulatorForm(request.GET or None, initial={"language": phone.memory().language or ""})
    screen = None
    if form.is_valid():
        session_id = form.cleaned_data["session"]
        if not session_id:  # dialling: the phone remembers what the clerk chose for it
            session_id = secrets.token_hex(8)
            phone.forget_language(form.cleaned_data["language"])
        screen = answer(phone, session_id, form.text())
        form = SimulatorForm(
            in_session=not screen.ends,
            initial={
                "language": phone.memory().language or "",
                "session": "" if screen.ends else session_id,
                "choices_so_far": "" if screen.ends else form.text(),
            },
        )
    context = {
        **admin.site.each_context(request),
        "form": form,
        "screen": screen,
        "remembered": dict(LANGUAGES).get(phone.memory().language),
        "as_sms": sms_segments(screen.text) if screen else None,
        "title": _("Feature phone simulator"),
    }
    return render(request, "feature_phones/simulator.html", context)
