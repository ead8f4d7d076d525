"""A person without e-mail chooses their password with the one-time code printed on a letter."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import resolve_url
from django.utils import timezone

from accounts import services
from accounts.models import OneTimeCode
from audit.models import AuditEvent

PAGE = "/en/account/password/"
NEW_PASSWORD = "umugati-n-amata-2026"


@pytest.fixture
def servant(db):
    return get_user_model().objects.create_user("BI-2019-00417", is_active=False)


def activation_code(user):
    return services.issue_code(user=user, purpose=OneTimeCode.Purpose.ACTIVATION)


def choose_password(client, username, code, password=NEW_PASSWORD, again=None):
    return client.post(
        PAGE,
        {"username": username, "code": code, "new_password1": password, "new_password2": again or password},
    )


def test_the_code_from_the_letter_sets_a_password_and_logs_the_servant_in(client, servant):
    code = activation_code(servant)
    assert len(code) == 14 and code.count("-") == 2  # XXXX-XXXX-XXXX, easy to copy from paper
    response = choose_password(client, "bi-2019-00417", code.lower().replace("-", " "))
    assert response.status_code == 302 and response["Location"] == resolve_url(settings.LOGIN_REDIRECT_URL)
    servant.refresh_from_db()
    assert servant.is_active and servant.check_password(NEW_PASSWORD)
    assert client.session["_auth_user_id"] == str(servant.pk)
    assert AuditEvent.objects.filter(action=AuditEvent.Action.PASSWORD_SET, actor=servant).exists()


def test_a_code_works_once(client, servant):
    code = activation_code(servant)
    choose_password(client, servant.username, code)
    client.logout()
    again = choose_password(client, servant.username, code, password="another-long-password-9")
    assert again.status_code == 400 and "This code is not valid" in again.text
    servant.refresh_from_db()
    assert servant.check_password(NEW_PASSWORD)


def test_wrong_tries_use_up_the_code(client, servant):
    code = activation_code(servant)
    for _try in range(OneTimeCode.MAX_FAILED_ATTEMPTS):
        assert choose_password(client, servant.username, "ZZZZ-ZZZZ-ZZZZ").status_code == 400
    assert choose_password(client, servant.username, code).status_code == 400  # now even the right one
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CODE_REFUSED).count() == 6


def test_an_expired_or_replaced_code_is_refused(client, servant):
    old = activation_code(servant)
    new = activation_code(servant)  # a second letter: the first one no longer works
    assert choose_password(client, servant.username, old).status_code == 400
    OneTimeCode.objects.filter(used_at__isnull=True).update(expires_at=timezone.now() - timedelta(minutes=1))
    assert choose_password(client, servant.username, new).status_code == 400


def test_an_unknown_user_name_gets_the_same_answer_as_a_wrong_code(client, servant):
    activation_code(servant)
    unknown = choose_password(client, "nobody", "ABCD-EFGH-JKMN")
    wrong = choose_password(client, servant.username, "ABCD-EFGH-JKMN")
    assert unknown.status_code == wrong.status_code == 400
    assert unknown.context["form"].errors == wrong.context["form"].errors


def test_a_weak_or_mistyped_password_keeps_the_code_for_another_try(client, servant):
    code = activation_code(servant)
    weak = choose_password(client, servant.username, code, password="12345678")
    assert weak.status_code == 400 and "too short" in weak.text
    mistyped = choose_password(client, servant.username, code, again="umugati-n-amata-2025")
    assert "The two passwords are not the same." in mistyped.text
    assert choose_password(client, servant.username, code).status_code == 302


def test_the_page_is_translated_and_never_cached(client, servant):
    page = client.get("/rn/account/password/?username=BI-2019-00417")
    assert page.status_code == 200 and 'value="BI-2019-00417"' in page.text
    assert "no-store" in page["Cache-Control"]
    assert "Choose your password" not in page.text  # Kirundi, not the English source


def test_the_operator_can_print_a_code_for_the_first_administrator(admin_user):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("issue_code", admin_user.username, stdout=out)
    code = out.getvalue().strip()
    user, purpose = services.redeem_code(
        username=admin_user.username, code=code, purposes=[OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT]
    )
    assert user == admin_user and purpose == OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT
