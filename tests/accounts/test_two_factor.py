"""Every staff login is confirmed with a TOTP code when REQUIRE_STAFF_2FA is on; the first phone is
enrolled only with a set-up code an administrator handed over."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import services
from accounts.models import OneTimeCode
from accounts.two_factor import issue_recovery_codes
from audit.models import AuditEvent
from tests.test_settings import GOOD_KEY, run_check


@pytest.fixture
def two_factor(settings):
    settings.REQUIRE_STAFF_2FA = True


def code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def log_in(client, username, token=""):
    return client.post(
        "/admin/login/", {"username": username, "password": "a-long-test-password", "otp_token": token}
    )


def enrol_with_code(client, user):
    code = services.issue_code(user=user, purpose=OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT)
    return client.post("/admin/two-factor/", {"code": code})


def test_reviewer_without_authenticator_must_set_one_up_before_anything_else(client, reviewer, two_factor):
    client.cookies["django_language"] = "en"
    log_in(client, "reviewer")
    assert client.get("/admin/procedures/procedure/").status_code == 302  # nothing without the second step
    setup = client.get("/admin/login/", follow=True)
    assert setup.request["PATH_INFO"] == "/admin/two-factor/"
    assert (
        "Authenticator QR code" not in setup.text and "set-up code" in setup.text
    )  # a password alone shows no QR
    assert not TOTPDevice.objects.filter(user=reviewer).exists()
    setup = enrol_with_code(client, reviewer)
    setup = client.get("/admin/two-factor/")
    assert "Authenticator QR code" in setup.text
    device = TOTPDevice.objects.get(user=reviewer, confirmed=False)

    wrong = client.post("/admin/two-factor/", {"token": "000000" if code(device) != "000000" else "111111"})
    assert "This code is not right" in wrong.text
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )
    confirmed = client.post("/admin/two-factor/", {"token": code(device)})
    assert confirmed.status_code == 200 and "recovery codes" in confirmed.text  # shown once, then onwards
    assert client.get("/admin/procedures/procedure/").status_code == 200


def test_next_logins_need_the_code(client, reviewer, two_factor):
    device = TOTPDevice.objects.create(user=reviewer, name="phone", confirmed=True)
    response = log_in(client, "reviewer")
    assert response.status_code == 200  # the form again: a code is needed
    assert client.get("/admin/procedures/procedure/").status_code == 302
    assert log_in(client, "reviewer", code(device)).status_code == 302
    assert client.get("/admin/procedures/procedure/").status_code == 200


def test_clerks_also_need_the_second_step(client, justice_clerk, two_factor):
    log_in(client, "clerk-justice")
    assert client.get("/admin/procedures/procedure/").status_code == 302
    device = TOTPDevice.objects.create(user=justice_clerk, name="phone", confirmed=True)
    client.logout()
    assert log_in(client, "clerk-justice", code(device)).status_code == 302
    assert client.get("/admin/procedures/procedure/").status_code == 200


def test_a_password_alone_cannot_enrol_a_phone(client, justice_clerk, two_factor):
    client.cookies["django_language"] = "en"
    log_in(client, "clerk-justice")
    refused = client.post("/admin/two-factor/", {"code": "AAAA-BBBB-CCCC"})
    assert refused.status_code == 400 and "This code is not valid" in refused.text
    assert client.post("/admin/two-factor/", {"token": "123456"}).status_code == 400  # no QR step yet
    assert not TOTPDevice.objects.filter(user=justice_clerk).exists()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CODE_REFUSED).count() == 1


def test_a_set_up_code_works_once_and_only_for_its_owner(client, justice_clerk, interior_clerk, two_factor):
    code_for_justice = services.issue_code(
        user=justice_clerk, purpose=OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT
    )
    log_in(client, "clerk-interior")
    assert client.post("/admin/two-factor/", {"code": code_for_justice}).status_code == 400
    client.logout()
    log_in(client, "clerk-justice")
    assert client.post("/admin/two-factor/", {"code": code_for_justice}).status_code == 302
    assert 'name="token"' in client.get("/admin/two-factor/").text
    client.logout()
    log_in(client, "clerk-justice")  # a new session: the used code does not open the QR again
    assert client.post("/admin/two-factor/", {"code": code_for_justice}).status_code == 400


def test_only_administrators_issue_set_up_codes_and_see_them_once(client, admin_user, justice_clerk):
    client.force_login(admin_user)
    response = client.post(
        "/admin/auth/user/", {"action": "issue_enrolment_codes", "_selected_action": [justice_clerk.pk]}
    )
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    shown = response.context["codes"][0][1]
    assert shown in response.text
    stored = OneTimeCode.objects.get(user=justice_clerk)
    assert shown.replace("-", "") not in stored.code_hash and stored.issued_by == admin_user
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CODE_ISSUED, actor=admin_user).exists()


def test_production_cannot_turn_two_factor_off():
    result = run_check(
        ISOKO_ENV="production", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="isoko.gov.bi", REQUIRE_STAFF_2FA="0"
    )
    assert result.returncode != 0 and "REQUIRE_STAFF_2FA is off" in result.stderr


def forget_failures(user):
    """django-otp makes each failed code wait longer before the next try; these tests do not wait."""
    StaticDevice.objects.filter(user=user).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )


def set_up_authenticator(client, user):
    log_in(client, user.username)
    enrol_with_code(client, user)
    client.get("/admin/two-factor/")
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    return device, client.post("/admin/two-factor/", {"token": code(device)})


def test_setting_up_gives_recovery_codes_that_each_work_once(client, reviewer, two_factor):
    client.cookies["django_language"] = "en"
    _device, shown = set_up_authenticator(client, reviewer)
    codes = shown.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert all(f"<code>{c}</code>" in shown.text for c in codes)
    assert shown["Cache-Control"] == "no-store"

    client.logout()
    assert log_in(client, "reviewer", codes[0]).status_code == 302  # the phone is lost: a code instead
    assert client.get("/admin/procedures/procedure/").status_code == 200
    used = AuditEvent.objects.get(action=AuditEvent.Action.RECOVERY_CODE_USED)
    assert used.actor == reviewer and used.details == {"codes_left": 9}
    assert AuditEvent.objects.filter(action=AuditEvent.Action.PHONE_SET_UP, actor=reviewer).exists()
    client.logout()
    assert log_in(client, "reviewer", codes[0]).status_code == 200  # used up
    forget_failures(reviewer)
    assert log_in(client, "reviewer", codes[1]).status_code == 302


def test_new_recovery_codes_cancel_the_old_ones(client, reviewer, two_factor):
    _device, shown = set_up_authenticator(client, reviewer)
    old = shown.context["codes"]
    assert client.get("/admin/two-factor/recovery-codes/").status_code == 200
    new = client.post("/admin/two-factor/recovery-codes/").context["codes"]
    assert AuditEvent.objects.filter(action=AuditEvent.Action.RECOVERY_CODES_MADE, actor=reviewer).exists()
    assert not set(old) & set(new)
    client.logout()
    assert log_in(client, "reviewer", old[0]).status_code == 200
    forget_failures(reviewer)
    assert log_in(client, "reviewer", new[0]).status_code == 302


def test_recovery_codes_cannot_be_made_without_the_second_step(client, reviewer, two_factor):
    TOTPDevice.objects.create(user=reviewer, name="phone", confirmed=True)
    log_in(client, "reviewer")  # password only
    response = client.post("/admin/two-factor/recovery-codes/")
    assert response.status_code == 302 and "login" in response["Location"]
    assert not StaticDevice.objects.filter(user=reviewer).exists()


def test_a_new_phone_needs_the_second_step_first_and_replaces_the_old_one(client, reviewer, two_factor):
    old_phone = TOTPDevice.objects.create(user=reviewer, name="old phone", confirmed=True)
    codes = issue_recovery_codes(reviewer)
    log_in(client, "reviewer")  # a password alone (perhaps a stolen one) cannot enrol a phone
    assert client.get("/admin/two-factor/")["Location"] == "/admin/login/"
    assert not TOTPDevice.objects.filter(user=reviewer, confirmed=False).exists()

    assert log_in(client, "reviewer", codes[0]).status_code == 302  # the phone is lost
    client.get("/admin/two-factor/")  # verified by a recovery code: no set-up code needed
    new_phone = TOTPDevice.objects.get(user=reviewer, confirmed=False)
    assert client.post("/admin/two-factor/", {"token": code(new_phone)}).status_code == 200
    assert list(TOTPDevice.objects.filter(user=reviewer, confirmed=True)) == [new_phone]
    client.logout()
    assert log_in(client, "reviewer", code(old_phone)).status_code == 200  # the lost phone no longer works


def test_codes_are_accepted_as_people_copy_them(client, reviewer, two_factor):
    phone = TOTPDevice.objects.create(user=reviewer, name="phone", confirmed=True)
    codes = issue_recovery_codes(reviewer)
    spaced = code(phone)[:3] + " " + code(phone)[3:]
    assert log_in(client, "reviewer", spaced).status_code == 302
    client.logout()
    shouted = codes[0][:4].upper() + "-" + codes[0][4:].upper()
    assert log_in(client, "reviewer", shouted).status_code == 302
