"""The feature-phone rate limit while the shared cache (Redis) is away or absent (operations/allowances.py):
each process counts alone and allows its share of the limit, so the channel stays up, does not fail
open, and its workers together allow the configured limit, not that many times over."""

import pytest
from django.urls import reverse

SECRET = "gateway-shared-secret-for-tests"  # noqa: S105
pytestmark = pytest.mark.django_db


@pytest.fixture
def gateway(redis_away):
    redis_away.FEATURE_PHONE_GATEWAY_SECRET = SECRET
    redis_away.FEATURE_PHONE_GATEWAY_ADDRESSES = []
    redis_away.FEATURE_PHONE_RATE_LIMIT = 3
    return redis_away


def dial(client, number="+25779123456"):
    data = {"sessionId": "ATUid_1", "serviceCode": "*123#", "phoneNumber": number, "text": ""}
    return client.post(reverse("feature_phones:ussd"), data, headers={"X-Gateway-Secret": SECRET})


def text_in(client, number="+25779123456"):
    data = {"from": number, "to": "12345", "text": "pasiporo"}
    return client.post(reverse("feature_phones:sms") + f"?key={SECRET}", data)


def test_the_phone_rate_limit_holds_while_redis_is_away(demo_loaded, client, gateway):
    answers = [dial(client).text for _ in range(4)]
    assert all(a.startswith("CON ") for a in answers[:3])  # the service still answers
    assert answers[3].startswith("END ")  # and the flood is stopped: it no longer fails open
    assert dial(client, number="+25761000000").text.startswith("CON ")  # another number is not
    assert text_in(client).status_code == 429


def test_without_a_shared_cache_workers_do_not_multiply_the_phone_limit(demo_loaded, client, gateway):
    gateway.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    gateway.WEB_PROCESSES = 3
    gateway.FEATURE_PHONE_RATE_LIMIT = 6
    answers = [dial(client).text for _ in range(3)]
    # This process's share is 6 ÷ 3 = 2: with three workers, 6 in all, as configured (not 18).
    assert [a[:4] for a in answers] == ["CON ", "CON ", "END "]
