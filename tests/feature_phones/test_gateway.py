"""The USSD and SMS endpoints as the gateway calls them: authentication, rate limit, privacy, SMS size."""

import json
import logging

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from feature_phones.gsm import SMS_LENGTH, gsm_length, is_gsm7
from feature_phones.models import RememberedLanguage
from feature_phones.phones import number_hash
from feature_phones.sms import sms_answer
from feature_phones.ussd import ussd_screen
from procedures.models import Procedure

SECRET = "gateway-shared-secret-for-tests"  # noqa: S105
NUMBER = "+25779123456"


@pytest.fixture
def gateway(settings):
    settings.FEATURE_PHONE_GATEWAY_SECRET = SECRET
    settings.FEATURE_PHONE_GATEWAY_ADDRESSES = []
    settings.FEATURE_PHONE_RATE_LIMIT = 30
    cache.clear()
    yield settings
    cache.clear()


def dial(client, text, *, number=NUMBER, secret=SECRET, **extra):
    data = {"sessionId": "ATUid_1", "serviceCode": "*123#", "phoneNumber": number, "text": text}
    return client.post(reverse("feature_phones:ussd"), data, headers={"X-Gateway-Secret": secret}, **extra)


def text_in(client, message, *, number=NUMBER, secret=SECRET):
    data = {"from": number, "to": "12345", "text": message}
    return client.post(reverse("feature_phones:sms") + f"?key={secret}", data)


@pytest.mark.django_db
def test_a_gateway_session_answers_con_then_end_in_plain_text(demo_loaded, client, gateway):
    first = dial(client, "")
    assert first.status_code == 200 and first["Content-Type"].startswith("text/plain")
    assert first.content.decode().startswith("CON ") and "Ikirundi" in first.content.decode()
    assert dial(client, "3*1*passport*1*2").content.decode().startswith("CON ")
    assert dial(client, "3*1*passport*1*2*00*0").content.decode().startswith("END ")


@pytest.mark.django_db
def test_a_forged_request_is_refused(demo_loaded, client, gateway):
    assert dial(client, "", secret="guessed").status_code == 403
    assert dial(client, "", secret="").status_code == 403
    assert text_in(client, "pasiporo", secret="guessed").status_code == 403
    assert not RememberedLanguage.objects.exists()


@pytest.mark.django_db
def test_only_the_allowed_addresses_may_call_when_they_are_configured(demo_loaded, client, gateway):
    gateway.FEATURE_PHONE_GATEWAY_ADDRESSES = ["196.201.214.0/24"]
    assert dial(client, "", REMOTE_ADDR="196.201.214.9").status_code == 200
    assert dial(client, "", REMOTE_ADDR="10.0.0.1").status_code == 403


@pytest.mark.django_db
def test_the_channel_is_off_until_a_gateway_is_configured(client, settings):
    settings.FEATURE_PHONE_GATEWAY_SECRET = ""
    settings.FEATURE_PHONE_GATEWAY_ADDRESSES = []
    assert dial(client, "", secret="").status_code == 404


@pytest.mark.django_db
def test_a_request_without_a_phone_number_is_a_clear_400(client, gateway):
    response = client.post(reverse("feature_phones:ussd"), {"text": ""}, headers={"X-Gateway-Secret": SECRET})
    assert response.status_code == 400


@pytest.mark.django_db
def test_only_these_endpoints_skip_the_csrf_check(demo_loaded, gateway):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert dial(strict, "").status_code == 200
    assert strict.post(reverse("procedures:search")).status_code in {403, 405}


@pytest.mark.django_db
def test_the_rate_limit_stops_a_number_but_not_another(demo_loaded, client, gateway):
    gateway.FEATURE_PHONE_RATE_LIMIT = 3
    answers = [dial(client, "").content.decode() for _ in range(4)]
    assert all(a.startswith("CON ") for a in answers[:3])
    assert answers[3].startswith("END ")
    assert dial(client, "", number="+25761000000").content.decode().startswith("CON ")
    assert text_in(client, "pasiporo").status_code == 429


@pytest.mark.django_db
def test_the_language_is_remembered_under_a_hash_only(demo_loaded, client, gateway, caplog):
    with caplog.at_level(logging.DEBUG):
        dial(client, "2")
        gateway.FEATURE_PHONE_RATE_LIMIT = 0
        dial(client, "")
    row = RememberedLanguage.objects.get()
    assert row.language == "fr" and row.number_hash == number_hash(NUMBER)
    assert "79123456" not in row.number_hash and number_hash("+257 79 12 34 56") == row.number_hash
    assert "79123456" not in caplog.text and "rate limit" in caplog.text
    gateway.FEATURE_PHONE_RATE_LIMIT = 30
    cache.clear()
    assert "Tapez un mot" in dial_session(client, "ATUid_next", "").content.decode()  # the next session


@pytest.mark.django_db
def test_an_sms_gets_the_best_match_with_the_page_address(demo_loaded, client, gateway, settings):
    settings.SITE_URL = "https://isoko.gov.bi"
    response = text_in(client, "permis de conduire")
    messages = json.loads(response.content)["messages"]
    assert 1 <= len(messages) <= 2
    assert "permis de conduire" in messages[0].lower()
    assert messages[-1].endswith("https://isoko.gov.bi/fr/procedures/driving-licence/")
    kirundi = json.loads(text_in(client, "pasiporo").content)["messages"]
    assert kirundi[-1].endswith("/rn/procedures/passport/")


@pytest.mark.django_db
def test_every_published_procedure_fits_two_gsm7_sms_in_every_language(demo_loaded, settings):
    settings.SITE_URL = "https://isoko.gov.bi"
    procedures = list(Procedure.objects.published())
    assert len(procedures) > 20
    for procedure in procedures:
        for language in ("rn", "fr", "en"):
            with translation.override(language):
                title = procedure.title
            messages, answered_in = sms_answer(title, language)
            assert 1 <= len(messages) <= 2, (procedure.slug, language, messages)
            for message in messages:
                assert is_gsm7(message) and gsm_length(message) <= SMS_LENGTH, message
            assert messages[-1].endswith(f"/{answered_in}{procedure.get_absolute_url()[3:]}")


@pytest.mark.django_db
def test_a_draft_is_never_answered(demo_loaded):
    passport = Procedure.objects.get(slug="passport")
    Procedure.objects.filter(pk=passport.pk).update(status=Procedure.Status.DRAFT)
    try:
        messages, _language = sms_answer("pasiporo")
        assert "/procedures/passport/" not in " ".join(messages)
    finally:
        Procedure.objects.filter(pk=passport.pk).update(status=Procedure.Status.PUBLISHED)


@pytest.mark.django_db
def test_an_empty_sms_gets_a_hint(client, gateway):
    messages = json.loads(text_in(client, "  ").content)["messages"]
    assert "pasiporo" in messages[0]


def test_a_malformed_gateway_address_or_format_is_a_start_up_error(settings):
    from feature_phones.checks import gateway_addresses_check, gateway_format_check

    settings.FEATURE_PHONE_GATEWAY_ADDRESSES = ["196.201.214.0/24", "not-an-address"]
    settings.FEATURE_PHONE_GATEWAY = "smoke-signals"
    assert [e.id for e in gateway_addresses_check(None)] == ["feature_phones.E001"]
    assert [e.id for e in gateway_format_check(None)] == ["feature_phones.E002"]


def dial_session(client, session_id, text, number=NUMBER):
    data = {"sessionId": session_id, "serviceCode": "*123#", "phoneNumber": number, "text": text}
    return client.post(reverse("feature_phones:ussd"), data, headers={"X-Gateway-Secret": SECRET})


@pytest.mark.django_db
def test_choosing_a_language_does_not_change_what_the_sessions_next_keys_mean(demo_loaded, client, gateway):
    keys = ["3", "1", "passport", "1", "1"]
    for step in range(len(keys) + 1):
        # The gateway sends every key of the session so far, one request per key pressed.
        answer = dial_session(client, "ATUid_first", "*".join(keys[:step])).content.decode()
        assert answer == ussd_screen(None, keys[:step]).response
    assert "Documents" in answer
    # The next session starts in English without asking; changing language there (99) keeps that
    # session's keys meaning the same too.
    menu = dial_session(client, "ATUid_second", "").content.decode()
    assert "Type a word" in menu and "Ikirundi" not in menu
    for step, keys_so_far in enumerate([["99"], ["99", "2"], ["99", "2", "1"]]):
        answer = dial_session(client, "ATUid_second", "*".join(keys_so_far)).content.decode()
        assert answer == ussd_screen("en", keys_so_far).response, step
    assert "Tapez un mot" in answer
    assert "Tapez un mot" in dial_session(client, "ATUid_third", "").content.decode()


@pytest.mark.django_db
def test_a_session_searches_once_and_replays_from_what_it_found(
    demo_loaded, client, gateway, django_assert_max_num_queries
):
    dial_session(client, "ATUid_1", "3")
    dial_session(client, "ATUid_1", "3*1*passport")
    # The language, the procedure and its documents: the search is not run again for this session.
    with django_assert_max_num_queries(3):
        answer = dial_session(client, "ATUid_1", "3*1*passport*1*1")
    assert "Documents" in answer.content.decode()
    assert dial_session(client, "ATUid_2", "1*visa").content.decode().startswith("CON visa")
