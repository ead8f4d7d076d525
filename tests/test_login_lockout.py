"""A login lockout locks one account from one address: never everyone behind a shared address."""

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from operations.proxies import client_ip

RIGHT = "a-long-test-password"
NAT = "10.0.0.1"  # a ministry's NAT, or the reverse proxy: every clerk's connection comes from here


def log_in(username, password, **address):
    client = Client()
    client.cookies["django_language"] = "en"
    return client.post(reverse("admin:login"), {"username": username, "password": password}, **address)


def lock_out(username, **address):
    for _attempt in range(5):
        log_in(username, "wrong password", **address)
    assert log_in(username, RIGHT, **address).status_code == 429


def test_an_attacker_locking_one_account_leaves_the_others_able_to_log_in(justice_clerk, interior_clerk):
    lock_out("clerk-justice", REMOTE_ADDR=NAT)
    assert log_in("clerk-interior", RIGHT, REMOTE_ADDR=NAT).status_code == 302
    assert log_in("clerk-justice", RIGHT, REMOTE_ADDR="10.0.0.99").status_code == 302  # from elsewhere


def test_behind_a_proxy_each_client_is_told_apart(settings, justice_clerk, interior_clerk):
    settings.TRUSTED_PROXY_COUNT = 1
    attacker = {"REMOTE_ADDR": NAT, "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    lock_out("clerk-justice", **attacker)
    victim = {"REMOTE_ADDR": NAT, "HTTP_X_FORWARDED_FOR": "198.51.100.20"}
    assert log_in("clerk-justice", RIGHT, **victim).status_code == 302
    # Writing the victim's address in front of its own does not move the attacker there.
    forged = {"REMOTE_ADDR": NAT, "HTTP_X_FORWARDED_FOR": "198.51.100.20, 203.0.113.7"}
    assert log_in("clerk-justice", RIGHT, **forged).status_code == 429


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "expected"),
    [
        (0, "203.0.113.7", NAT),  # no proxy: the header is the client's own claim
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "198.51.100.20, 203.0.113.7", "203.0.113.7"),
        (2, "198.51.100.20, 203.0.113.7, 10.0.0.2", "203.0.113.7"),
        (2, "203.0.113.7", NAT),  # did not pass through both proxies
        (1, "not-an-address", NAT),
        (1, "", NAT),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_address_is_read_behind_the_trusted_proxies(settings, proxies, forwarded_for, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=NAT, HTTP_X_FORWARDED_FOR=forwarded_for)
    assert client_ip(request) == expected
