"""The check screen: a person decides on flagged pages, places the pages that need a person, sets a
document's details (suggested from its text), files it; the original never changes; all audited."""

import io

import pytest
from django.urls import reverse
from django.utils import translation

from archive.models import Document
from archive.storage import archive_storage
from audit.models import AuditEvent
from scanning.models import ScanBatch, ScanPage
from scanning.run import process, receive
from scanning.suggest import suggestions


@pytest.fixture
def checking(client, stack, station, hr_justice):
    batch = process(receive(io.BytesIO(stack), name="s.pdf", station=station, user=hr_justice).pk)
    client.force_login(hr_justice)
    return batch


def act(client, batch, url_name, *args, **data):
    with translation.override("en"):
        url = reverse(url_name, args=[batch.public_id, *args])
    return client.post(url, data)


def screen(client, batch):
    with translation.override("en"):
        return client.get(reverse("scanning:batch", args=[batch.public_id])).content.decode()


@pytest.mark.django_db
def test_check_screen_shows_documents_flags_and_waiting_pages(client, checking):
    page = screen(client, checking)
    assert "Ndayishimiyé Alice" in page and "This page looks blank" in page
    assert "This page came before any cover sheet" in page
    assert 'id="page-8"' in page and "<button" in page  # keyboard: every action is a real button


@pytest.mark.django_db
def test_removing_the_blank_page_lets_the_document_be_filed(client, checking):
    act(client, checking, "scanning:page_action", 8, action="remove")
    promotion = checking.documents.get(document_type__code="promotion")
    act(client, checking, "scanning:document_action", promotion.pk, action="file")
    promotion.refresh_from_db()
    assert promotion.document.pages == 1
    assert ScanPage.objects.get(batch=checking, number=8).state == ScanPage.State.REMOVED
    changes = [e.details["change"] for e in AuditEvent.objects.filter(action="edit")]
    assert "remove_page" in changes


@pytest.mark.django_db
def test_a_held_document_cannot_be_filed_before_the_person_decides(client, checking):
    promotion = checking.documents.get(document_type__code="promotion")
    act(client, checking, "scanning:document_action", promotion.pk, action="file")
    promotion.refresh_from_db()
    assert promotion.document is None


@pytest.mark.django_db
def test_a_page_needing_a_person_is_placed_in_a_dossier_and_filed(client, checking, alice):
    from archive.models import DocumentType

    diploma = DocumentType.objects.get(code="diploma")
    act(
        client,
        checking,
        "scanning:page_action",
        1,
        action="place",
        matricule="JU-1001",
        document_type=diploma.pk,
    )
    placed = checking.documents.get(servant=alice, document_type=diploma)
    act(client, checking, "scanning:document_action", placed.pk, action="file")
    assert Document.objects.filter(servant=alice, document_type=diploma).count() == 1


@pytest.mark.django_db
def test_a_page_cannot_be_placed_in_another_ministrys_dossier(client, checking, carine):
    from archive.models import DocumentType

    diploma = DocumentType.objects.get(code="diploma")
    act(
        client,
        checking,
        "scanning:page_action",
        1,
        action="place",
        matricule="IN-2001",
        document_type=diploma.pk,
    )
    assert not checking.documents.filter(servant=carine).exists()
    assert ScanPage.objects.get(batch=checking, number=1).state == ScanPage.State.NEEDS_PERSON


@pytest.mark.django_db
def test_details_of_a_filed_document_are_set_on_the_archive_document(client, checking):
    appointment = checking.documents.get(document_type__code="appointment", servant__matricule="JU-1001")
    act(
        client,
        checking,
        "scanning:document_action",
        appointment.pk,
        action="details",
        document_type=appointment.document_type_id,
        act_date="2019-03-12",
        title="Nomination",
        reference="Arrete n 100/2019",
    )
    filed = Document.objects.get(pk=appointment.document_id)
    assert (str(filed.act_date), filed.title, filed.reference) == (
        "2019-03-12",
        "Nomination",
        "Arrete n 100/2019",
    )


@pytest.mark.django_db
def test_splitting_makes_a_new_document_and_the_original_scan_is_unchanged(client, checking, stack):
    promotion = checking.documents.get(document_type__code="promotion")
    act(client, checking, "scanning:page_action", 8, action="split")
    assert checking.documents.filter(document_type__code="promotion").count() == 2
    with archive_storage().open(checking.storage_name) as handle:
        assert handle.read() == stack
    assert promotion.pages.count() == 1


@pytest.mark.django_db
def test_batch_checked_then_the_papers_fate_is_recorded(client, checking):
    act(client, checking, "scanning:paper", action="checked")
    checking.refresh_from_db()
    assert checking.status == ScanBatch.Status.CHECKING  # pages still wait for a person
    ScanPage.objects.filter(batch=checking, state=ScanPage.State.NEEDS_PERSON).update(
        state=ScanPage.State.REMOVED
    )
    act(client, checking, "scanning:page_action", 8, action="remove")
    promotion = checking.documents.get(document_type__code="promotion")
    act(client, checking, "scanning:document_action", promotion.pk, action="file")
    act(client, checking, "scanning:paper", action="checked")
    checking.refresh_from_db()
    assert checking.status == ScanBatch.Status.CHECKED
    act(client, checking, "scanning:paper", fate="destroy_after", destroy_after="", note="")
    checking.refresh_from_db()
    assert checking.paper_fate == ""  # a date is required
    act(client, checking, "scanning:paper", fate="destroy_after", destroy_after="2031-01-01", note="Box 12")
    checking.refresh_from_db()
    assert (checking.paper_fate, str(checking.paper_destroy_after)) == ("destroy_after", "2031-01-01")


@pytest.mark.django_db
def test_figures_page_lists_pages_per_station_and_week(client, checking):
    with translation.override("en"):
        page = client.get(reverse("scanning:figures")).content.decode()
    assert "justice-hr" in page and checking.received_at.strftime("%G-W%V") in page


def test_act_date_and_reference_are_suggested_from_the_text():
    found = suggestions("republique du burundi arrete n 100/2019/045 du 12 mars 2019 portant nomination")
    assert str(found["date"]) == "2019-03-12" and found["reference"] == "arrete n 100/2019/045"
    assert suggestions("itariki 3 nyakanga 2015")["date"].month == 9
    assert suggestions("")["date"] is None


@pytest.mark.django_db
def test_check_screen_reads_in_kirundi(client, checking):
    with translation.override("rn"):
        url = reverse("scanning:batch", args=[checking.public_id])
    page = client.get(url).content.decode()
    assert 'lang="rn"' in page and "Bikeneye umuntu" in page
    assert "Uru rupapuro rusa n&#x27;urutanditseko" in page or "Uru rupapuro rusa n'urutanditseko" in page
