"""Text from scans: OCR adds a text layer to the viewing copy (never the original), HR search finds the
text within what the officer may see, a failing OCR is retried then shown to the archivist with its error,
and missing tools are said plainly."""

import hashlib
import io

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from pypdf import PdfReader

from archive import ocr
from archive.checks import ocr_tools
from archive.models import Document, StoredFile
from archive.recognition import TextRecognition
from archive.storage import archive_storage
from tests.archive.conftest import PASSWORD, ingest, row, write_batch
from tests.archive.ocr_helpers import needs_ocr_tools, scan_with_words
from tests.scanning.test_pdfa import assert_pdfa_2b


@pytest.fixture
def ocr_on(settings):
    """OCR queued on ingest and, with no broker configured, run in this process once each document
    commits (the tests commit for real: transaction=True)."""
    settings.ARCHIVE_OCR_ON_INGEST = True
    settings.ARCHIVE_OCR_RETRY_SECONDS = 0


def search(client, user, query):
    client.force_login(user)
    return client.get(reverse("archive:servants"), {"q": query}).content.decode()


def viewing_text(client, document):
    answer = client.get(reverse("archive:viewing_copy", kwargs={"public_id": document.public_id}))
    assert answer.status_code == 200
    pdf = b"".join(answer.streaming_content) if answer.streaming else answer.content
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).upper()


@needs_ocr_tools
@pytest.mark.django_db(transaction=True)
def test_scanned_text_is_found_by_hr_search_only_within_what_the_officer_may_see(
    ocr_on, scans, client, hr_justice, hr_interior
):
    manifest, files_dir, files = scans
    batch = ingest(manifest, files_dir)
    assert batch.status == "done", batch.problems
    assert set(TextRecognition.objects.values_list("status", flat=True)) == {"done"}

    justice_page = search(client, hr_justice, "tambourin")
    assert "JU-1001" in justice_page and "Ndayishimiy" in justice_page
    # Carine's scan is the interior ministry's: its words find nothing for the justice HR officer.
    assert "IN-2001" not in search(client, hr_justice, "hibiscus")
    assert "Irakoze" not in search(client, hr_justice, "hibiscus")
    assert "JU-1001" not in search(client, hr_interior, "tambourin")
    assert "IN-2001" in search(client, hr_interior, "hibiscus")


@needs_ocr_tools
@pytest.mark.django_db(transaction=True)
def test_text_layer_goes_into_the_viewing_copy_and_the_original_is_untouched(
    ocr_on, scans, client, alice, tmp_path
):
    manifest, files_dir, files = scans
    ingest(manifest, files_dir)
    document = Document.objects.get(servant=alice)
    original = StoredFile.objects.get(document=document, role="original")
    assert original.sha256 == hashlib.sha256(files["alice-promotion.png"]).hexdigest()

    alice.user.set_password(PASSWORD)
    alice.user.save()
    client.force_login(alice.user)
    assert "TAMBOURIN" in viewing_text(client, document)
    # The copy with its text layer is still PDF/A-2b (issue 26 item 6).
    viewing = StoredFile.objects.get(document=document, role="viewing")
    with archive_storage().open(viewing.storage_name, "rb") as stored:
        assert_pdfa_2b(stored.read(), tmp_path)
    download = client.get(reverse("archive:original", kwargs={"public_id": original.public_id}))
    body = b"".join(download.streaming_content) if download.streaming else download.content
    assert body == files["alice-promotion.png"]
    # The viewing copy's new checksum is recorded: a fixity run finds everything intact, no orphan left.
    call_command("verify_archive", stdout=io.StringIO())


@needs_ocr_tools
@pytest.mark.django_db(transaction=True)
def test_a_scanned_pdf_without_text_gets_a_viewing_copy_with_its_text(
    ocr_on, tmp_path, alice, client, hr_justice
):
    from PIL import Image

    page = Image.open(io.BytesIO(scan_with_words("NOMINATION", "KALEIDOSCOPE")))
    pdf = io.BytesIO()
    page.convert("RGB").save(pdf, format="PDF", resolution=150)
    manifest, files_dir = write_batch(
        tmp_path / "pdfscan",
        [row("JU-1001", "appointment", "2009-01-01", "Scanned decree", "scan.pdf")],
        {"scan.pdf": pdf.getvalue()},
    )
    assert ingest(manifest, files_dir).status == "done"
    document = Document.objects.get(servant=alice)
    assert StoredFile.objects.filter(document=document, role="viewing").count() == 1
    assert "JU-1001" in search(client, hr_justice, "kaleidoscope")


@pytest.mark.django_db(transaction=True)
def test_failing_ocr_is_retried_then_shown_to_the_archivist_with_its_error(
    ocr_on, scans, client, archivist, monkeypatch
):
    calls = []

    def broken(source, work):
        calls.append(source)
        raise ocr.RecognitionError("OCRmyPDF exit 2: the page image is unreadable")

    monkeypatch.setattr(ocr, "missing_tools", lambda: [])
    monkeypatch.setattr(ocr, "_run_ocrmypdf", broken)
    manifest, files_dir, _files = scans
    batch = ingest(manifest, files_dir)
    assert batch.status == "done"  # the scans are stored all the same
    assert Document.objects.count() == 2
    failed = TextRecognition.objects.get(document__servant__matricule="JU-1001")
    assert failed.status == "failed"
    assert failed.attempts == 4  # the first attempt and three retries
    assert len(calls) == 8

    client.force_login(archivist)
    page = client.get(reverse("admin:archive_textrecognition_changelist")).content.decode()
    assert "the page image is unreadable" in page
    with translation.override(django_settings.LANGUAGE_CODE):  # the admin speaks the default language
        assert escape(str(TextRecognition.Status.FAILED.label)) in page


@pytest.mark.django_db(transaction=True)
def test_hr_officer_sees_only_their_ministrys_ocr_failures(ocr_on, scans, client, hr_interior, monkeypatch):
    monkeypatch.setattr(ocr, "missing_tools", lambda: [])
    monkeypatch.setattr(
        ocr, "_run_ocrmypdf", lambda source, work: (_ for _ in ()).throw(ocr.RecognitionError("x"))
    )
    manifest, files_dir, _files = scans
    ingest(manifest, files_dir)
    justice = TextRecognition.objects.get(document__servant__matricule="JU-1001")
    client.force_login(hr_interior)
    listing = client.get(reverse("admin:archive_textrecognition_changelist")).content.decode()
    assert "Decree" in listing and "Promotion" not in listing
    # A list only: no page addressed by its sequential id, for anyone.
    assert client.get(f"/admin/archive/textrecognition/{justice.pk}/change/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_missing_tools_are_said_plainly_and_the_scan_is_stored(ocr_on, scans, monkeypatch):
    monkeypatch.setattr(ocr, "missing_tools", lambda: ["ocrmypdf", "tesseract"])
    manifest, files_dir, _files = scans
    assert ingest(manifest, files_dir).status == "done"
    found = TextRecognition.objects.get(document__servant__matricule="JU-1001")
    assert found.status == "no_tools"
    assert "ocrmypdf, tesseract" in found.error
    warning = ocr_tools(None)
    assert [w.id for w in warning] == ["archive.W001"]
    assert "apt-get install ocrmypdf" in warning[0].hint


@pytest.mark.django_db(transaction=True)
def test_recognise_text_command_queues_scans_stored_before_ocr(scans, settings, monkeypatch):
    manifest, files_dir, _files = scans
    ingest(manifest, files_dir)  # OCR off: nothing queued
    assert not TextRecognition.objects.exists()
    settings.ARCHIVE_OCR_ON_INGEST = True
    monkeypatch.setattr(ocr, "missing_tools", lambda: ["ocrmypdf"])
    out = io.StringIO()
    with translation.override("en"):
        call_command("recognise_text", stdout=out)
    assert "2 documents queued" in out.getvalue()
    assert TextRecognition.objects.filter(status="no_tools").count() == 2


@pytest.mark.django_db(transaction=True)
def test_archivist_queues_a_failed_recognition_again_and_it_is_audited(
    ocr_on, scans, client, archivist, monkeypatch
):
    from audit.models import AuditEvent

    monkeypatch.setattr(ocr, "missing_tools", lambda: ["ocrmypdf"])
    manifest, files_dir, _files = scans
    ingest(manifest, files_dir)
    found = TextRecognition.objects.get(document__servant__matricule="JU-1001")
    assert found.status == "no_tools"
    monkeypatch.setattr(ocr, "missing_tools", lambda: [])
    monkeypatch.setattr(
        ocr, "_run_ocrmypdf", lambda source, work: (_ for _ in ()).throw(ocr.RecognitionError("y"))
    )
    client.force_login(archivist)
    answer = client.post(
        reverse("admin:archive_textrecognition_changelist"),
        {"action": "try_again", "_selected_action": [found.pk]},
    )
    assert answer.status_code == 302
    found.refresh_from_db()
    assert (found.status, found.attempts, found.error) == ("failed", 4, "y")  # it ran again, and failed again
    event = AuditEvent.objects.get(action="edit", actor=archivist)
    assert event.target_id == str(found.document_id)
