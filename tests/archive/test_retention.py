"""Retention and disposition: a document past its rule is listed for archivists, destroyed only once a
second archivist approves, never under a legal hold; its files leave storage, verify_archive stays clean,
and the destruction record can be neither changed nor deleted."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from archive.models import DestructionRecord, Document, RetentionRule, StoredFile
from archive.retention import (
    destruction_approve,
    destruction_propose,
    disposition_list,
    hold_lift,
    hold_place,
)
from audit.models import AuditEvent
from tests.archive.conftest import ingest, make_role

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Pages and messages in English (URLs reversed now get the /en/ prefix)."""
    with translation.override("en"):
        yield


@pytest.fixture
def second_archivist(civil_service):
    return make_role("archivist-2", "archivist")


@pytest.fixture
def retired_alice(filled, document_types):
    """Alice retired in 2015; promotions are kept 5 years after retirement, appointments permanently."""
    alice = filled["alice"]
    alice.status, alice.left_service_on = "retired", date(2015, 6, 30)
    alice.save()
    RetentionRule.objects.create(document_type=document_types["promotion"], trigger="end_of_service", years=5)
    RetentionRule.objects.create(document_type=document_types["appointment"], trigger="permanent")
    return alice


def promotion(alice):
    return alice.documents.get(document_type__code="promotion")


def test_only_documents_past_their_rule_are_listed(retired_alice, filled):
    assert list(disposition_list()) == [promotion(retired_alice)]
    retired_alice.left_service_on = date.today().replace(year=date.today().year - 2)
    retired_alice.save()
    assert list(disposition_list()) == []


def test_the_proposer_cannot_approve_and_a_second_archivist_destroys(
    client, retired_alice, archivist, second_archivist, archive_root, django_capture_on_commit_callbacks
):
    document = promotion(retired_alice)
    names = list(document.files.values_list("storage_name", flat=True))
    assert all((archive_root / name).exists() for name in names)
    client.force_login(archivist)
    assert str(document.public_id) in client.get(reverse("archive:disposition")).content.decode()
    client.post(reverse("archive:disposition_propose"), {"document": [str(document.public_id)]})
    destruction = DestructionRecord.objects.get()
    approve = reverse("archive:disposition_decide", args=[destruction.pk])
    client.post(approve, {"decision": "approve"})
    destruction.refresh_from_db()
    assert destruction.state == "proposed"
    assert all((archive_root / name).exists() for name in names)

    client.force_login(second_archivist)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(approve, {"decision": "approve", "note": "Period over."})
    destruction.refresh_from_db()
    assert destruction.state == "destroyed" and destruction.decided_by == second_archivist
    assert destruction.described["title"] == "Promotion of Alice" and "5 years" in destruction.rule
    assert not any((archive_root / name).exists() for name in names)
    assert Document.objects.get(pk=document.pk).destroyed_at is not None
    client.force_login(retired_alice.user)
    assert "Promotion of Alice" not in client.get(reverse("archive:my_dossier")).content.decode()
    assert client.get(document.page_url()).status_code == 404
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.DELETE, details__destruction=str(destruction.pk)
    ).exists()


def test_verify_archive_is_clean_after_destruction(
    retired_alice, archivist, second_archivist, capsys, django_capture_on_commit_callbacks
):
    [destruction] = destruction_propose(documents=[promotion(retired_alice)], user=archivist)
    with django_capture_on_commit_callbacks(execute=True):
        destruction_approve(destruction=destruction, user=second_archivist)
    with translation.override("en"):
        call_command("verify_archive", "--no-progress")
    # two scanned pages and their viewing copy
    assert "3 files were destroyed on purpose" in capsys.readouterr().out
    assert StoredFile.objects.filter(destroyed_at__isnull=False).count() == 3


@pytest.mark.django_db(transaction=True)
def test_a_destroyed_file_left_in_storage_is_reported(
    retired_alice, archivist, second_archivist, archive_root
):
    document = promotion(retired_alice)
    kept_copy = {
        name: (archive_root / name).read_bytes()
        for name in document.files.values_list("storage_name", flat=True)
    }
    [destruction] = destruction_propose(documents=[document], user=archivist)
    destruction_approve(destruction=destruction, user=second_archivist)
    name, data = next(iter(kept_copy.items()))
    (archive_root / name).write_bytes(data)  # as if removing it had failed
    with translation.override("en"), pytest.raises(CommandError, match="1 destroyed files still in storage"):
        call_command("verify_archive", "--no-progress")


def test_a_legal_hold_refuses_destruction_until_lifted(retired_alice, archivist, second_archivist):
    document = promotion(retired_alice)
    [destruction] = destruction_propose(documents=[document], user=archivist)
    hold = hold_place(user=archivist, servant=retired_alice, reason="Court case 12/2026 at the TGI Mukaza.")
    with pytest.raises(ValidationError, match="legal hold"):
        destruction_approve(destruction=destruction, user=second_archivist)
    destruction.refresh_from_db()
    assert destruction.state == "proposed" and document.files.filter(destroyed_at__isnull=True).count() == 3
    assert list(disposition_list()) == []
    hold_lift(hold=hold, user=second_archivist, reason="Judgment delivered.")
    destruction_approve(destruction=destruction, user=second_archivist)
    assert AuditEvent.objects.filter(details__hold=str(hold.pk)).count() == 2


def test_a_hold_on_the_document_alone_blocks_it_too(client, retired_alice, archivist, second_archivist):
    document = promotion(retired_alice)
    [destruction] = destruction_propose(documents=[document], user=archivist)
    hold_place(user=archivist, document=document, reason="Asked by the labour inspectorate.")
    client.force_login(second_archivist)
    page = client.post(
        reverse("archive:disposition_decide", args=[destruction.pk]), {"decision": "approve"}, follow=True
    )
    assert "legal hold" in page.content.decode()
    destruction.refresh_from_db()
    assert destruction.state == "proposed"


def test_a_decided_record_is_kept_for_ever(retired_alice, archivist, second_archivist, client):
    [destruction] = destruction_propose(documents=[promotion(retired_alice)], user=archivist)
    destruction_approve(destruction=destruction, user=second_archivist)
    destruction.note = "rewritten"
    with pytest.raises(ValueError, match="never changed"):
        destruction.save()
    with pytest.raises(ValueError, match="never deleted"):
        destruction.delete()
    client.force_login(second_archivist)
    change = reverse("admin:archive_destructionrecord_change", args=[destruction.pk])
    assert client.post(change, {"note": "x"}).status_code == 403
    delete = reverse("admin:archive_destructionrecord_delete", args=[destruction.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert DestructionRecord.objects.filter(pk=destruction.pk, note="").exists()


def test_disposition_is_a_404_for_hr_and_servants(client, retired_alice, hr_justice):
    for user in (hr_justice, retired_alice.user):
        client.force_login(user)
        page = client.get(reverse("archive:disposition"))
        assert page.status_code == 404 and b"Promotion of Alice" not in page.content
        assert client.post(reverse("archive:disposition_propose"), {"document": "x"}).status_code == 404
    assert not DestructionRecord.objects.exists()


def test_running_the_batch_again_does_not_bring_a_destroyed_document_back(
    retired_alice, archivist, second_archivist, tmp_path, django_capture_on_commit_callbacks
):
    document = promotion(retired_alice)
    [destruction] = destruction_propose(documents=[document], user=archivist)
    with django_capture_on_commit_callbacks(execute=True):
        destruction_approve(destruction=destruction, user=second_archivist)
    again = ingest(tmp_path / "batch" / "manifest.csv", tmp_path / "batch" / "files")
    assert again.rows.filter(outcome="stored").count() == 0
    assert Document.objects.filter(servant=retired_alice, destroyed_at__isnull=True).count() == 1
    assert call_command("verify_archive", "--no-progress") is None


def test_a_rule_must_say_how_long(document_types):
    with pytest.raises(ValidationError):
        RetentionRule(document_type=document_types["diploma"], trigger="act_date", years=0).full_clean()
    with pytest.raises(ValidationError):
        RetentionRule(document_type=document_types["diploma"], trigger="permanent", years=3).full_clean()
