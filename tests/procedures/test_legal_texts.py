"""The text of a law can be attached to a legal basis: checked by content, stored under its checksum,
downloadable only once the procedure citing it is public."""

import hashlib

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from procedures import services
from procedures.models import LegalBasis
from tests.conftest import MINIMAL_PDF
from tests.procedures.test_workflow import admin_form_data
from tests.uploads.samples import pdf_bytes

ACTIVE_PDF = pdf_bytes(
    catalog=lambda pdf: {"/OpenAction": pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")}
)
RENAMED_EXECUTABLE = b"MZ\x90\x00\x03 this is a Windows executable"


def cite(procedure, **document):
    basis = LegalBasis(
        procedure=procedure,
        position=procedure.legal_bases.count() + 1,
        kind=LegalBasis.Kind.DECREE,
        reference="Décret n°100/150 du 12 juin 2023",
        title_rn="Itegeko",
        title_fr="Décret",
        title_en="Decree",
        **document,
    )
    basis.full_clean()
    basis.save()
    return basis


def stored_legal_texts():
    try:
        return {name for folder in default_storage.listdir("legal-texts")[0] for name in _files(folder)}
    except FileNotFoundError:
        return set()


def _files(folder):
    return default_storage.listdir(f"legal-texts/{folder}")[1]


def test_an_attached_text_is_stored_under_its_checksum_and_offered_on_the_page(client, passport):
    basis = cite(passport, document=SimpleUploadedFile("../../Décret 150 (final).pdf", MINIMAL_PDF))
    digest = hashlib.sha256(MINIMAL_PDF).hexdigest()
    assert basis.document_sha256 == digest and basis.document_size == len(MINIMAL_PDF)
    assert basis.document.name.startswith(f"legal-texts/{digest[:2]}/{digest}")
    assert "final" not in basis.document.name and ".." not in basis.document.name

    page = client.get("/en/procedures/passport/")
    assert basis.get_document_url() in page.text
    assert "The text (PDF" in page.text

    download = client.get(basis.get_document_url())
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == MINIMAL_PDF
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    assert "decret-n100150-du-12-juin-2023.pdf" in download["Content-Disposition"]
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "immutable" in download["Cache-Control"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("decret.pdf", RENAMED_EXECUTABLE, "not in an accepted format (PDF, DOCX, ODT)"),
        ("decret.pdf", ACTIVE_PDF, "scripts, macros, embedded files"),
    ],
)
def test_a_renamed_executable_or_an_active_pdf_is_refused_and_nothing_stored(
    passport, name, content, message
):
    before = stored_legal_texts()
    with translation.override("en"), pytest.raises(ValidationError) as error:
        cite(passport, document=SimpleUploadedFile(name, content))
    assert message in str(error.value)
    assert stored_legal_texts() == before
    assert not passport.legal_bases.exists()


def test_a_text_over_the_size_limit_is_refused(passport, settings):
    settings.FORM_UPLOAD_MAX_BYTES = 1024 * 1024
    with translation.override("en"), pytest.raises(ValidationError, match="larger than 1 MB"):
        cite(passport, document=SimpleUploadedFile("big.pdf", MINIMAL_PDF + b"%" + b"x" * 1024 * 1024))


def test_a_text_attached_to_a_proposal_is_not_public_until_approved(
    client, criminal_record_extract, justice_clerk, reviewer
):
    copy = services.procedure_working_copy(procedure=criminal_record_extract, user=justice_clerk)
    basis = cite(copy, document=SimpleUploadedFile("decret.pdf", MINIMAL_PDF))
    assert client.get(basis.get_document_url()).status_code == 404

    services.procedure_submit(procedure=copy, user=justice_clerk, minor=True)
    services.procedure_approve(procedure=copy, user=reviewer, reviewed_version=copy.edit_version)
    assert client.get(basis.get_document_url()).status_code == 200
    assert client.get(reverse("procedures:legal_text", args=["0" * 64])).status_code == 404


def test_a_clerk_uploading_an_active_pdf_in_the_admin_gets_a_message_and_nothing_is_stored(
    client, criminal_record_extract, justice_clerk
):
    copy = services.procedure_working_copy(procedure=criminal_record_extract, user=justice_clerk)
    cite(copy)
    client.force_login(justice_clerk)
    client.cookies["django_language"] = "fr"
    url = reverse("admin:procedures_procedure_change", args=[copy.pk])
    page = client.get(url)
    assert 'enctype="multipart/form-data"' in page.text
    data = admin_form_data(page)
    before = stored_legal_texts()

    data["legal_bases-0-document"] = SimpleUploadedFile("decret.pdf", ACTIVE_PDF)
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert "des scripts, des macros, des fichiers incorporés" in refused.text
    assert stored_legal_texts() == before

    data["legal_bases-0-document"] = SimpleUploadedFile("decret.pdf", MINIMAL_PDF)
    assert client.post(url, data).status_code == 302
    assert copy.legal_bases.get().document_sha256 == hashlib.sha256(MINIMAL_PDF).hexdigest()
