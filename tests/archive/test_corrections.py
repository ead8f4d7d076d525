"""A servant asks for a correction on their own file and follows it through every state; HR of their
ministry answers; HR of another ministry and other servants get a 404 with nothing about it; every step
is in the audit chain; overdue requests stand out."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from archive.models import CorrectionRequest
from audit.models import AuditEvent
from tests.archive.conftest import make_scan

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Pages and messages in English (URLs reversed now get the /en/ prefix)."""
    with translation.override("en"):
        yield


def ask(client, servant, **data):
    client.force_login(servant.user)
    fields = {"subject": "details", "description": "Itariki y'amavuko si yo: ni 3/5/1979."}
    return client.post(reverse("archive:correction_new"), {**fields, **data})


def state_seen_by(client, servant, correction):
    client.force_login(servant.user)
    page = client.get(correction.get_absolute_url()).content.decode()
    listing = client.get(reverse("archive:corrections")).content.decode()
    return page, listing


def test_request_goes_through_every_state_and_the_servant_sees_each(client, filled, hr_justice, settings):
    settings.LANGUAGE_CODE = "en"
    alice = filled["alice"]
    decree = alice.documents.get(document_type__code="appointment")
    response = ask(
        client,
        alice,
        subject="document",
        document=str(decree.public_id),
        description="This decree is not mine.",
        attachment=SimpleUploadedFile("proof.jpg", make_scan("JPEG"), content_type="image/jpeg"),
    )
    correction = CorrectionRequest.objects.get()
    assert response.status_code == 302 and response.url == correction.get_absolute_url()
    assert correction.due_on == timezone.localdate() + timedelta(days=30)
    page, listing = state_seen_by(client, alice, correction)
    assert "Received" in page and "This decree is not mine." in page and "Received" in listing
    assert client.get(reverse("archive:correction_attachment", args=[correction.pk])).status_code == 200

    hr = client.__class__()
    hr.force_login(hr_justice)
    assert "This decree is not mine." in hr.get(reverse("archive:corrections")).content.decode()
    hr.post(correction.get_absolute_url(), {"state": "in_progress"})
    page, listing = state_seen_by(client, alice, correction)
    assert "In progress" in page and "looking into your request" in page and "In progress" in listing

    hr.post(
        correction.get_absolute_url(), {"state": "corrected", "answer": "The decree was moved to Bob's file."}
    )
    page, listing = state_seen_by(client, alice, correction)
    assert "Corrected" in page and "moved to Bob&#x27;s file" in page and "Corrected" in listing

    steps = AuditEvent.objects.filter(details__correction=str(correction.pk)).exclude(
        action__in=[AuditEvent.Action.VIEW, AuditEvent.Action.DOWNLOAD]
    )
    assert sorted(steps.values_list("details__state", flat=True)) == ["corrected", "in_progress", "received"]
    call_command("verify_audit")


def test_a_refusal_needs_a_reason_that_the_servant_then_reads(client, filled, hr_justice, settings):
    settings.LANGUAGE_CODE = "en"
    alice = filled["alice"]
    ask(client, alice, subject="missing", description="A promotion of 2019 is missing.")
    correction = CorrectionRequest.objects.get()
    client.force_login(hr_justice)
    refused = client.post(correction.get_absolute_url(), {"state": "refused", "answer": "  "})
    assert refused.status_code == 400 and "A refusal gives its reason." in refused.content.decode()
    correction.refresh_from_db()
    assert correction.state == "received"
    client.post(
        correction.get_absolute_url(), {"state": "refused", "answer": "No promotion was decreed in 2019."}
    )
    page, _listing = state_seen_by(client, alice, correction)
    assert "Refused" in page and "No promotion was decreed in 2019." in page
    client.force_login(hr_justice)
    again = client.post(correction.get_absolute_url(), {"state": "corrected"})
    assert again.status_code == 400 and "already been answered" in again.content.decode()


def test_hr_of_another_ministry_gets_404_and_learns_nothing(client, filled, hr_interior):
    ask(client, filled["alice"], description="Amazina yanje si yo.")
    correction = CorrectionRequest.objects.get()
    client.force_login(hr_interior)
    for url in [
        correction.get_absolute_url(),
        reverse("archive:correction_attachment", args=[correction.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 404
        assert b"Amazina" not in response.content and b"JU-1001" not in response.content
    answered = client.post(correction.get_absolute_url(), {"state": "refused", "answer": "no"})
    assert answered.status_code == 404
    correction.refresh_from_db()
    assert correction.state == "received"
    assert b"Amazina" not in client.get(reverse("archive:corrections") + "?show=all").content
    assert (
        client.get(reverse("admin:archive_correctionrequest_change", args=[correction.pk])).status_code == 404
    )
    refusals = AuditEvent.objects.filter(action=AuditEvent.Action.REFUSED, actor_name="hr-interior")
    assert refusals.count() == 4
    assert all("Amazina" not in str(event.details) for event in refusals)


def test_another_servant_gets_404(client, filled):
    ask(client, filled["alice"], description="Amazina yanje si yo.")
    correction = CorrectionRequest.objects.get()
    client.force_login(filled["bob"].user)
    assert client.get(correction.get_absolute_url()).status_code == 404
    assert b"Amazina" not in client.get(reverse("archive:corrections")).content


def test_servant_cannot_name_another_servants_document(client, filled):
    bobs = filled["bob"].documents.get()
    response = ask(client, filled["alice"], subject="document", document=str(bobs.public_id))
    assert response.status_code == 400
    assert not CorrectionRequest.objects.exists()


def test_an_html_file_named_jpg_is_refused_with_a_reason(client, filled, settings):
    settings.LANGUAGE_CODE = "en"
    fake = SimpleUploadedFile(
        "proof.jpg", b"<html><script>alert(1)</script></html>", content_type="image/jpeg"
    )
    response = ask(client, filled["alice"], attachment=fake)
    assert response.status_code == 400 and "not in an accepted format" in response.content.decode()
    assert not CorrectionRequest.objects.exists()


def test_hr_cannot_answer_a_request_on_their_own_file(client, filled, hr_justice):
    alice = filled["alice"]
    alice.user = hr_justice
    alice.save()
    client.force_login(hr_justice)
    client.post(reverse("archive:correction_new"), {"subject": "details", "description": "Mine is wrong."})
    correction = CorrectionRequest.objects.get()
    assert client.post(correction.get_absolute_url(), {"state": "corrected"}).status_code == 400
    correction.refresh_from_db()
    assert correction.state == "received"


def test_overdue_requests_are_listed_for_hr_and_the_archivist(
    client, filled, hr_justice, archivist, settings
):
    settings.ARCHIVE_CORRECTION_DAYS = 10
    ask(client, filled["alice"], description="Late one.")
    ask(client, filled["bob"], description="Fresh one.")
    late = CorrectionRequest.objects.get(description="Late one.")
    assert late.due_on == timezone.localdate() + timedelta(days=10)
    CorrectionRequest.objects.filter(pk=late.pk).update(due_on=timezone.localdate() - timedelta(days=1))
    overdue_page = reverse("archive:corrections") + "?show=overdue"
    for reader in (hr_justice, archivist):
        client.force_login(reader)
        page = client.get(overdue_page).content.decode()
        assert "overdue" in page
        assert "Ndayishimiyé" in page and "Niyonzima" not in page
        admin_list = client.get(reverse("admin:archive_correctionrequest_changelist") + "?due=overdue")
        assert admin_list.status_code == 200
        assert "JU-1001" in admin_list.content.decode() and "JU-1002" not in admin_list.content.decode()


def test_the_scan_is_no_orphan_for_verify_archive(client, filled):
    ask(
        client,
        filled["alice"],
        attachment=SimpleUploadedFile("p.png", make_scan("PNG"), content_type="image/png"),
    )
    assert CorrectionRequest.objects.get().attachment_format == "png"
    call_command("verify_archive", "--no-progress")


def test_correction_pages_keep_the_dossier_budget(client, filled, django_assert_max_num_queries):
    import gzip

    from tests.archive.test_dossier_page import CSS

    alice = filled["alice"]
    for number in range(40):
        CorrectionRequest.objects.create(
            servant=alice,
            subject="details",
            description=f"Ikosa nomero {number}",
            due_on=timezone.localdate(),
        )
    client.force_login(alice.user)
    client.get(reverse("archive:corrections"))
    # session, user, archive role, the servant's dossier scope inside the page's query, the count, the page
    with django_assert_max_num_queries(10):
        listing = client.get(reverse("archive:corrections"))
    assert listing.content.decode().count("Ikosa nomero") == 40
    correction = CorrectionRequest.objects.first()
    client.get(correction.get_absolute_url())  # warm, like the list: caches emptied by earlier tests refill
    # session, user, archive role, the request with its servant and document, and the audit event (3)
    with django_assert_max_num_queries(10):
        page = client.get(correction.get_absolute_url())
    for html in (listing.content, page.content):
        assert len(gzip.compress(html)) + len(gzip.compress(CSS.read_bytes())) <= 14 * 1024
