"""The archive's rules hold against its own staff (issue 23's HIGH): one archivist cannot destroy a document
alone, by any of the five steps of the attack found, nor by any other account they can obtain or create.

The attack: print a servant's letter, set the servant's password with its code, give that account the
archivist role in the admin, enrol its authenticator without an administrator's code, approve one's own
proposal from it. Each step fails on its own, and each cause is tested separately below."""

from datetime import date

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import services
from accounts.models import OneTimeCode
from archive import access, grants
from archive.models import ArchiveRole, DestructionRecord, RetentionRule
from archive.retention import destruction_approve, destruction_propose
from audit.models import AuditEvent
from tests.archive.conftest import PASSWORD, make_role, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def proposal(filled, archivist, document_types):
    """Alice retired long ago; the archivist proposes her promotion for destruction."""
    alice = filled["alice"]
    alice.status, alice.left_service_on = "retired", date(2010, 6, 30)
    alice.save()
    RetentionRule.objects.create(document_type=document_types["promotion"], trigger="end_of_service", years=5)
    document = alice.documents.get(document_type__code="promotion")
    (destruction,) = destruction_propose(documents=[document], user=archivist)
    return destruction


@pytest.fixture
def administrators(db):
    make = get_user_model().objects.create_superuser
    return make("admin-one", password=PASSWORD), make("admin-two", password=PASSWORD)


def refusal_of(destruction, user):
    with pytest.raises(ValidationError) as refused:
        destruction_approve(destruction=destruction, user=user)
    destruction.refresh_from_db()
    assert destruction.state == DestructionRecord.State.PROPOSED
    with translation.override("en"):
        return " ".join(refused.value.messages)


def test_the_five_step_attack_fails_at_every_step(client, filled, archivist, proposal):
    bob = filled["bob"]  # a justice servant with an account
    client.force_login(archivist)

    # 1. Print the servant's letter: archivists print none (on the dossier page or in the admin).
    assert client.post(reverse("archive:letter", args=[bob.public_id])).status_code == 404
    changelist = reverse("admin:archive_servant_changelist")
    action = client.post(changelist, {"action": "print_letters", "_selected_action": [bob.pk]})
    assert action.get("Content-Type") != "application/pdf"
    batch_page = client.get(reverse("archive:batch", args=[filled["batch"].public_id])).text
    assert "Print the activation letters" not in batch_page
    assert not OneTimeCode.objects.filter(user=bob.user).exists()

    # 2. Use its code to set the servant's password: there is no code to use.
    refused = client.post(
        reverse("accounts:activate"),
        {
            "username": bob.user.username,
            "code": "ABCD-EFGH-JKMN",
            "new_password1": "x" * 16,
            "new_password2": "x" * 16,
        },
    )
    assert refused.status_code == 400 and not get_user_model().objects.get(pk=bob.user_id).check_password(
        "x" * 16
    )

    # 3. Give that account the archivist role in the admin: archivists grant nothing.
    add = reverse("admin:archive_archiverole_add")
    assert client.get(add).status_code == 403
    posted = client.post(add, {"user": bob.user_id, "role": "archivist", "person": "B999"})
    assert posted.status_code == 403 and not ArchiveRole.objects.filter(user=bob.user).exists()
    assert client.get(reverse("admin:archive_archiverole_changelist")).status_code == 403

    # 4. Enrol an authenticator for it without an administrator's code (suppose the role were there).
    ArchiveRole.objects.create(user=bob.user, role="archivist", person="B999", confirmed_at=timezone.now())
    client.force_login(bob.user)
    assert client.get(reverse("accounts:two_step")).status_code == 302
    client.post(reverse("accounts:two_step"), {"action": "on", "token": "123456"})
    assert not TOTPDevice.objects.filter(user=bob.user).exists()
    assert access.archive_role(get_user_model().objects.get(pk=bob.user_id)) is None  # not staff: no role

    # 5. Approve one's own proposal from that account: it is no archivist.
    assert "Only an archivist" in refusal_of(proposal, get_user_model().objects.get(pk=bob.user_id))


# --- who grants roles ------------------------------------------------------------------------------


def test_archivists_cannot_change_their_own_or_each_others_roles(client, archivist, hr_justice, justice):
    client.force_login(archivist)
    own = archivist.archive_role
    change = reverse("admin:archive_archiverole_change", args=[own.pk])
    assert (
        client.post(change, {"user": hr_justice.pk, "role": "archivist", "person": "X1"}).status_code == 403
    )
    hr_justice.archive_role.refresh_from_db()
    assert hr_justice.archive_role.role == "hr"
    with pytest.raises(ValidationError):
        grants.grant_save(ArchiveRole(user=hr_justice, role="archivist", person="X1"), by=archivist)


def test_a_grant_counts_once_a_second_administrator_confirms_it(client, administrators, filled, justice):
    first, second = administrators
    officer = make_user("new-hr", is_staff=True)
    client.force_login(first)
    added = client.post(
        reverse("admin:archive_archiverole_add"),
        {"user": officer.pk, "role": "hr", "ministry": justice.pk, "person": "ab 12-34"},
    )
    assert added.status_code == 302
    grant = ArchiveRole.objects.get(user=officer)
    assert grant.person == "AB1234" and grant.granted_by == first and not grant.is_confirmed
    assert not access.dossiers_for(get_user_model().objects.get(pk=officer.pk)).filter(matricule="JU-1001")

    changelist = reverse("admin:archive_archiverole_changelist")
    own = client.post(changelist, {"action": "confirm_grants", "_selected_action": [grant.pk]}, follow=True)
    assert "Umuyobozi wa kabiri ni we ategerezwa kwemeza" in own.text  # the admin speaks Kirundi
    assert not ArchiveRole.objects.get(pk=grant.pk).is_confirmed

    client.force_login(second)
    client.post(changelist, {"action": "confirm_grants", "_selected_action": [grant.pk]})
    grant.refresh_from_db()
    assert grant.confirmed_by == second
    assert access.dossiers_for(get_user_model().objects.get(pk=officer.pk)).filter(matricule="JU-1001")
    actions = AuditEvent.objects.filter(target_type="archive.ArchiveRole").values_list("action", "actor_name")
    assert {("submit", "admin-one"), ("approve", "admin-two")} <= set(actions)

    # Changing the grant is a new grant: it waits for a second administrator again.
    client.force_login(first)
    client.post(
        reverse("admin:archive_archiverole_change", args=[grant.pk]),
        {"user": officer.pk, "role": "archivist", "person": "AB1234"},
    )
    grant.refresh_from_db()
    assert grant.role == "archivist" and not grant.is_confirmed


def test_one_person_holds_one_role_account(administrators, archivist):
    other = make_user("archivist-bis", is_staff=True)
    second = ArchiveRole(user=other, role="archivist", person=archivist.archive_role.person.lower())
    with pytest.raises(ValidationError, match="already holds an archive role"):
        grants.grant_save(second, by=administrators[0])


# --- who may hold a role ---------------------------------------------------------------------------


def test_a_servants_account_never_holds_a_role(filled, administrators):
    alice = filled["alice"].user
    alice.is_staff = True
    alice.save()
    with pytest.raises(ValidationError, match="servant's own account"):
        grants.grant_save(ArchiveRole(user=alice, role="archivist", person="A1"), by=administrators[0])
    ArchiveRole.objects.create(user=alice, role="archivist", person="A1", confirmed_at=timezone.now())
    assert access.archive_role(get_user_model().objects.get(pk=alice.pk)) is None


def test_a_non_staff_account_never_holds_a_role(administrators):
    plain = make_user("plain")
    with pytest.raises(ValidationError, match="only by a staff account"):
        grants.grant_save(ArchiveRole(user=plain, role="archivist", person="P1"), by=administrators[0])


def test_a_dossier_is_never_linked_to_a_staff_account(filled, hr_justice):
    bob = filled["bob"]
    bob.user = hr_justice
    with pytest.raises(ValidationError):
        bob.full_clean()


def test_a_non_staff_role_holder_cannot_enrol_its_own_second_factor(client, filled):
    """MEDIUM 2: closed by who may hold a role, and tested on its own."""
    bob = filled["bob"].user
    ArchiveRole.objects.create(user=bob, role="hr", ministry=filled["bob"].ministry, person="B1")
    client.force_login(bob)
    response = client.get(reverse("accounts:two_step"))
    assert response.status_code == 302 and not TOTPDevice.objects.filter(user=bob).exists()


def test_a_phone_enrolled_without_an_administrators_code_gives_no_role(client, filled, hr_justice, settings):
    from tests.archive.test_two_step import code, log_in

    settings.REQUIRE_STAFF_2FA = True
    device = TOTPDevice.objects.create(user=hr_justice, name="own phone", confirmed=True)
    assert log_in(client, hr_justice.username, code(device)).status_code == 302  # verified with it
    response = client.get(reverse("archive:dossier", args=[filled["alice"].public_id]))
    assert response.status_code == 302 and b"JU-1001" not in response.content


# --- letters ---------------------------------------------------------------------------------------


def test_archivists_print_no_letters(client, filled, archivist):
    client.force_login(archivist)
    page = client.get(filled["bob"].page_url()).text
    assert "letter" not in page.lower()
    assert client.post(reverse("archive:letter", args=[filled["bob"].public_id])).status_code == 404
    assert client.post(reverse("archive:batch_letters", args=[filled["batch"].public_id])).status_code == 404


def test_no_letter_for_an_account_that_is_staff_or_holds_a_role(client, filled, hr_justice, archivist):
    bob = filled["bob"]
    type(bob).objects.filter(pk=bob.pk).update(user=archivist)  # as a tampered bag once did
    client.force_login(hr_justice)
    response = client.post(reverse("archive:letter", args=[bob.public_id]), follow=True)
    assert "No letter can be printed for JU-1002" in response.text
    assert response.get("Content-Type", "").startswith("text/html")
    assert not OneTimeCode.objects.filter(user=archivist).exists()


# --- the two-person rule between people ------------------------------------------------------------


def test_a_second_role_without_a_recorded_person_cannot_decide(proposal, civil_service):
    second = make_role("archivist-legacy", "archivist")
    ArchiveRole.objects.filter(user=second).update(person="")
    assert "record who holds" in refusal_of(proposal, second)


def test_an_account_activated_with_the_proposers_code_cannot_decide(proposal, archivist, civil_service):
    second = make_role("archivist-2", "archivist")
    services.issue_code(user=second, purpose=OneTimeCode.Purpose.PASSWORD_RESET, issued_by=archivist)
    assert "created, activated or changed by the other" in refusal_of(proposal, second)


def test_an_account_created_by_the_proposer_cannot_decide(proposal, archivist, civil_service):
    second = make_role("archivist-2", "archivist")
    LogEntry.objects.create(
        user=archivist,
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(second.pk),
        object_repr=second.username,
        action_flag=ADDITION,
    )
    assert "created, activated or changed by the other" in refusal_of(proposal, second)


def test_an_account_whose_role_the_proposer_granted_cannot_decide(proposal, archivist, civil_service):
    second = make_role("archivist-2", "archivist")
    ArchiveRole.objects.filter(user=second).update(granted_by=archivist)
    assert "created, activated or changed by the other" in refusal_of(proposal, second)


def test_an_independent_second_person_decides(proposal, civil_service):
    second = make_role("archivist-2", "archivist")
    decided = destruction_approve(destruction=proposal, user=second)
    assert decided.state == DestructionRecord.State.DESTROYED
