"""Every limit and guard says what it does when the shared cache (Redis) is away, and does it.

The cache points at a closed port (redis://127.0.0.1:1/0): Redis is really unreachable, every call to
it fails as it would in production. What each guard does then (operations/allowances.py):
- "Report a problem" and the feature-phone channel count per process, each process allowing its share
  of the limit (limit ÷ WEB_PROCESSES, rounded up): the service stays up, nothing fails open, and the
  workers together never allow more than the limit.
- The staff login lockout (django-axes) counts failures in the database: it does not use the cache.
"""

import pytest
from django.core import signing
from django.urls import reverse

from feedback.guards import PER_HOUR, SALT
from feedback.models import Report

pytestmark = pytest.mark.django_db


def report(client, address="/fr/feedback/procedures/passport/", **headers):
    signer = signing.TimestampSigner(salt=SALT)
    signer.timestamp = lambda: signing.b62_encode(int(__import__("time").time()) - 60)
    data = {"token": signer.sign("form"), "website": "", "kind": "problem", "topic": "fee", "text": "Le prix"}
    return client.post(address, data, **headers)


def test_a_problem_is_received_while_redis_is_away(client, passport, redis_away):
    response = report(client)
    assert response.status_code == 200
    assert Report.objects.get().text == "Le prix"


def test_a_flood_of_reports_is_still_cut_off_while_redis_is_away(client, passport, redis_away):
    for _number in range(PER_HOUR):
        assert report(client).status_code == 200
    response = report(client)
    assert response.status_code == 429
    assert "Trop de signalements" in response.text
    assert Report.objects.count() == PER_HOUR


def test_each_worker_allows_only_its_share_of_the_reports(client, passport, redis_away):
    redis_away.WEB_PROCESSES = 3  # three gunicorn workers, each counting alone
    statuses = [report(client).status_code for _number in range(PER_HOUR)]
    share = -(-PER_HOUR // 3)
    assert statuses == [200] * share + [429] * (PER_HOUR - share)


def test_the_login_lockout_holds_while_redis_is_away(client, interior_clerk, redis_away):
    def log_in(password):
        return client.post(reverse("admin:login"), {"username": "clerk-interior", "password": password})

    for _attempt in range(5):
        log_in("wrong password")
    assert log_in("a-long-test-password").status_code == 429
