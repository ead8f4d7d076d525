"""Two-step login around the archive: a servant may turn it on from their file and then needs the code at
each login; HR officers and archivists need it wherever it is required (always in production)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import services
from accounts.models import OneTimeCode
from tests.archive.conftest import PASSWORD


def code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def wrong(device):
    return "000000" if code(device) != "000000" else "111111"


def log_in(client, username, token=""):
    return client.post(
        reverse("accounts:login"), {"username": username, "password": PASSWORD, "otp_token": token}
    )


def forget_failures(user):
    """django-otp makes each wrong code wait longer before the next try, and takes a code once per 30
    seconds; these tests do not wait."""
    for kind in (TOTPDevice, StaticDevice):
        kind.objects.filter(user=user).update(throttling_failure_count=0, throttling_failure_timestamp=None)
    TOTPDevice.objects.filter(user=user).update(last_t=-1)


def turn_on(client, user):
    client.get(reverse("accounts:two_step"))
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    return device, client.post(reverse("accounts:two_step"), {"action": "on", "token": code(device)})


@pytest.fixture
def english():
    """English pages: every URL reversed below is under /en/."""
    with translation.override("en"):
        yield


def test_servant_turns_two_step_login_on_from_their_file(client, filled, english):
    alice = filled["alice"].user
    assert log_in(client, "servant-alice").status_code == 302  # off: the password is enough
    page = client.get(reverse("archive:my_dossier")).text
    assert reverse("accounts:two_step") in page
    setup = client.get(reverse("accounts:two_step"))
    assert "Two-step login is off" in setup.text and "Authenticator QR code" in setup.text
    device = TOTPDevice.objects.get(user=alice, confirmed=False)
    refused = client.post(reverse("accounts:two_step"), {"action": "on", "token": wrong(device)})
    assert refused.status_code == 400 and "This code is not right" in refused.text
    forget_failures(alice)
    confirmed = client.post(reverse("accounts:two_step"), {"action": "on", "token": code(device)})
    assert confirmed.status_code == 200 and "Your recovery codes" in confirmed.text
    assert len(confirmed.context["codes"]) == 10
    assert TOTPDevice.objects.get(user=alice).confirmed
    assert "Two-step login is on" in client.get(reverse("accounts:two_step")).text


def test_once_on_a_servant_needs_the_code_at_login(client, filled, english):
    alice = filled["alice"].user
    client.force_login(alice)
    device, confirmed = turn_on(client, alice)
    recovery = confirmed.context["codes"][0]
    client.logout()

    without = log_in(client, "servant-alice")
    assert without.status_code == 200  # the form again, and not logged in
    assert client.get(reverse("archive:my_dossier")).status_code == 302
    forget_failures(alice)
    assert log_in(client, "servant-alice", wrong(device)).status_code == 200
    assert client.get(reverse("archive:my_dossier")).status_code == 302
    forget_failures(alice)
    assert log_in(client, "servant-alice", code(device)).status_code == 302
    assert "Appointment of Alice" in client.get(reverse("archive:my_dossier")).text
    client.logout()
    assert log_in(client, "servant-alice", recovery.upper()).status_code == 302  # a lost phone


def test_servant_turns_it_off_only_with_a_code(client, filled, english):
    alice = filled["alice"].user
    client.force_login(alice)
    device, _confirmed = turn_on(client, alice)
    forget_failures(alice)
    refused = client.post(reverse("accounts:two_step"), {"action": "off", "token": wrong(device)})
    assert refused.status_code == 400 and TOTPDevice.objects.filter(user=alice).exists()
    forget_failures(alice)
    client.post(reverse("accounts:two_step"), {"action": "off", "token": code(device)})
    assert not TOTPDevice.objects.filter(user=alice).exists()
    assert not StaticDevice.objects.filter(user=alice).exists()
    client.logout()
    assert log_in(client, "servant-alice").status_code == 302


def test_other_servants_are_not_asked_for_a_code(client, filled):
    client.force_login(filled["alice"].user)
    turn_on(client, filled["alice"].user)
    client.logout()
    assert log_in(client, "servant-bob").status_code == 302


def test_staff_cannot_enrol_a_phone_without_their_administrators_code(client, filled, hr_justice):
    client.force_login(hr_justice)
    response = client.get(reverse("accounts:two_step"))
    assert response.status_code == 302 and response["Location"] == reverse("admin:two_factor_setup")
    assert client.post(reverse("accounts:two_step"), {"action": "on", "token": "123456"}).status_code == 302
    assert not TOTPDevice.objects.filter(user=hr_justice).exists()


def enrolled_with_an_administrators_code(user):
    """As admin_site.py's set-up does: an administrator's code redeemed, then the phone confirmed."""
    administrator = get_user_model().objects.create_superuser("admin-of-" + user.username, password=PASSWORD)
    code_text = services.issue_code(
        user=user, purpose=OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT, issued_by=administrator
    )
    services.redeem_code(
        username=user.username, code=code_text, purposes=[OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT]
    )
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


@pytest.fixture
def required(settings):
    settings.REQUIRE_STAFF_2FA = True  # as in production, which cannot turn it off (tests/accounts)


@pytest.mark.parametrize("reader", ["hr_justice", "archivist"])
def test_hr_and_archivists_read_nothing_with_a_password_alone(client, filled, required, reader, request):
    user = request.getfixturevalue(reader)
    device = enrolled_with_an_administrators_code(user)
    client.force_login(user)  # a password only, on the public login
    alice = filled["alice"]
    for url in (
        reverse("archive:servants") + "?q=JU-1001",
        reverse("archive:dossier", args=[alice.public_id]),
        reverse("archive:original", args=[alice.documents.first().files.first().public_id]),
        reverse("admin:archive_servant_change", args=[alice.public_id]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url
        assert b"JU-1001" not in response.content
    client.logout()
    assert log_in(client, user.username).status_code == 200  # the public login asks for the code too
    assert log_in(client, user.username, code(device)).status_code == 302
    assert b"JU-1001" in client.get(reverse("archive:dossier", args=[alice.public_id])).content
    assert client.get(reverse("admin:archive_servant_change", args=[alice.public_id])).status_code == 200


def test_hr_officer_without_a_phone_is_sent_to_set_one_up(client, filled, hr_justice, required):
    client.force_login(hr_justice)
    response = client.get(reverse("archive:servants"), follow=True)
    assert response.request["PATH_INFO"] == reverse("admin:two_factor_setup")


def test_servant_reads_own_file_with_a_password_where_staff_need_the_code(client, filled, required):
    client.force_login(filled["alice"].user)
    assert client.get(reverse("archive:my_dossier")).status_code == 200
