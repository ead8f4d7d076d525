"""Retention in the admin: archivists edit rules (audited), place a legal hold with its reason and lift it
with another (audited, never deleted); HR officers do not see the section."""

import pytest
from django.urls import reverse
from django.utils import translation

from archive.models import LegalHold, RetentionRule
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(settings):
    settings.LANGUAGE_CODE = "en"  # the admin speaks the default language
    with translation.override("en"):
        yield


def test_archivist_sets_a_retention_rule_and_it_is_audited(client, archivist, document_types):
    client.force_login(archivist)
    response = client.post(
        reverse("admin:archive_retentionrule_add"),
        {
            "document_type": document_types["promotion"].pk,
            "trigger": "end_of_service",
            "years": "5",
            "basis": "",
        },
    )
    assert response.status_code == 302
    rule = RetentionRule.objects.get()
    assert "5 years after retirement" in rule.describe()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CREATE, target_id=str(rule.pk)).exists()


def test_a_rule_without_years_is_refused_with_a_reason(client, archivist, document_types):
    client.force_login(archivist)
    response = client.post(
        reverse("admin:archive_retentionrule_add"),
        {
            "document_type": document_types["leave"].pk
            if "leave" in document_types
            else document_types["diploma"].pk,
            "trigger": "act_date",
            "years": "0",
        },
    )
    assert response.status_code == 200
    assert "Give the number of years" in response.content.decode()
    assert not RetentionRule.objects.exists()


def test_archivist_places_and_lifts_a_hold_in_the_admin(client, filled, archivist):
    alice = filled["alice"]
    client.force_login(archivist)
    added = client.post(
        reverse("admin:archive_legalhold_add"), {"servant": alice.pk, "reason": "Court case 7/2026."}
    )
    assert added.status_code == 302, added.content.decode()[:2000]
    hold = LegalHold.objects.get()
    assert hold.is_active and hold.placed_by == archivist
    change = reverse("admin:archive_legalhold_change", args=[hold.pk])
    refused = client.post(change, {"lift_reason": ""})
    assert refused.status_code == 200
    hold.refresh_from_db()
    assert hold.is_active
    client.post(change, {"lift_reason": "Case closed."})
    hold.refresh_from_db()
    assert not hold.is_active and hold.lift_reason == "Case closed."
    events = AuditEvent.objects.filter(details__hold=str(hold.pk))
    assert sorted(events.values_list("action", flat=True)) == ["create", "edit"]
    assert (
        client.post(reverse("admin:archive_legalhold_delete", args=[hold.pk]), {"post": "yes"}).status_code
        == 403
    )


def test_a_hold_needs_a_servant_or_a_document(client, archivist, filled):
    client.force_login(archivist)
    response = client.post(reverse("admin:archive_legalhold_add"), {"reason": "No target."})
    assert response.status_code == 200 and "one servant" in response.content.decode()
    assert not LegalHold.objects.exists()


def test_hr_does_not_see_retention_in_the_admin(client, hr_justice, filled):
    client.force_login(hr_justice)
    for name in ["retentionrule", "legalhold", "destructionrecord"]:
        assert client.get(reverse(f"admin:archive_{name}_changelist")).status_code == 403


def test_a_bad_document_id_in_the_correction_form_is_no_error(client, filled):
    client.force_login(filled["alice"].user)
    response = client.get(reverse("archive:correction_new") + "?document=not-a-uuid")
    assert response.status_code == 200


def test_left_service_date_is_in_the_servant_admin(client, filled, hr_justice):
    alice = filled["alice"]
    client.force_login(hr_justice)
    page = client.get(reverse("admin:archive_servant_change", args=[alice.public_id]))
    assert "left_service_on" in page.content.decode()
