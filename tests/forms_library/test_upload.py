import hashlib

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from forms_library.models import FormFile
from tests.conftest import MINIMAL_PDF
from tests.uploads.samples import docx_bytes, odt_bytes, pdf_bytes


def upload(form, language, name, content):
    form_file = FormFile(form=form, language=language, file=SimpleUploadedFile(name, content))
    form_file.full_clean()
    form_file.save()
    return form_file


@pytest.mark.parametrize(
    ("name", "content", "expected_format"),
    [("form.pdf", MINIMAL_PDF, "pdf"), ("form.docx", docx_bytes(), "docx"), ("form.odt", odt_bytes(), "odt")],
)
def test_upload_records_format_size_and_checksum(justice_form, name, content, expected_format):
    form_file = upload(justice_form, "rn", name, content)
    assert form_file.file_format == expected_format
    assert form_file.size_bytes == len(content)
    assert form_file.sha256 == hashlib.sha256(content).hexdigest()
    assert name not in form_file.file.name  # the uploader's name never becomes a path


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("form.pdf", b"MZ\x90\x00\x03 this is a Windows executable"),
        ("form.docx", b"plain text pretending to be Word"),
        ("form.pdf", docx_bytes()),
        ("form.odt", MINIMAL_PDF),
        ("form.docx", odt_bytes()),
    ],
)
def test_upload_whose_content_is_not_what_its_name_says_is_refused(justice_form, name, content):
    before = FormFile.objects.count()
    with pytest.raises(ValidationError) as error:
        upload(justice_form, "rn", name, content)
    assert "file" in error.value.message_dict
    assert FormFile.objects.count() == before


def test_new_version_replaces_old_one_behind_the_same_link(client, justice_form):
    url = justice_form.get_download_url("fr")
    first = client.get(url)
    assert b"".join(first.streaming_content) == MINIMAL_PDF
    newer = MINIMAL_PDF.replace(b"%%EOF", b"% version 2\n%%EOF")
    upload(justice_form, "fr", "form-v2.pdf", newer)
    second = client.get(url)
    assert second.status_code == 200
    assert b"".join(second.streaming_content) == newer
    assert second["Content-Type"] == "application/pdf"
    assert second["Content-Disposition"] == 'attachment; filename="MJ-CJ-01-fr.pdf"'
    files = justice_form.files.filter(language="fr").order_by("version")
    assert [(f.version, f.is_current) for f in files] == [(1, False), (2, True)]


def test_download_of_missing_language_or_form_is_404(client, justice_form):
    assert client.get(justice_form.get_download_url("en")).status_code == 404
    assert client.get(reverse("forms_library:download", args=["NOPE-01", "fr"])).status_code == 404
    assert client.get("/fr/forms/MJ-CJ-01/xx/").status_code == 404


def test_clerk_upload_in_admin_refuses_a_renamed_executable_with_a_message(
    client, justice_clerk, justice_form
):
    client.force_login(justice_clerk)
    client.cookies["django_language"] = "fr"
    url = reverse("admin:forms_library_form_change", args=[justice_form.pk])
    page = client.get(url)
    data = {
        "reference_code": justice_form.reference_code,
        "institution": justice_form.institution_id,
        "title_rn": "Urupapuro",
        "title_fr": "Formulaire",
        "title_en": "Form",
        "files-TOTAL_FORMS": "2",
        "files-INITIAL_FORMS": "1",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "files-0-id": justice_form.files.get().pk,
        "files-0-form": justice_form.pk,
        "files-1-form": justice_form.pk,
        "files-1-language": "en",
        "files-1-file": SimpleUploadedFile("malware.pdf", b"MZ\x90\x00 executable"),
    }
    assert page.status_code == 200
    response = client.post(url, data)
    assert response.status_code == 200
    assert (
        "PDF, DOCX" in response.text
        or "n’est pas un document" in response.text
        or "n'est pas" in response.text
    )
    assert not justice_form.files.filter(language="en").exists()


@pytest.mark.parametrize(
    "content",
    [
        pdf_bytes(
            catalog=lambda pdf: {
                "/OpenAction": pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")
            }
        ),
        pdf_bytes(
            catalog=lambda pdf: {"/Names": pikepdf.Dictionary(JavaScript=pikepdf.Dictionary(Names=[]))}
        ),
        pdf_bytes(
            catalog=lambda pdf: {
                "/AA": pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.Launch, F="cmd.exe"))
            }
        ),
        pdf_bytes(
            catalog=lambda pdf: {"/Names": pikepdf.Dictionary(EmbeddedFiles=pikepdf.Dictionary(Names=[]))}
        ),
    ],
)
def test_pdf_with_active_content_is_refused_and_nothing_stored(justice_form, content):
    before = FormFile.objects.count()
    with translation.override("en"), pytest.raises(ValidationError) as error:
        upload(justice_form, "rn", "form.pdf", content)
    assert "scripts, macros, embedded files" in str(error.value)
    assert FormFile.objects.count() == before


def test_word_document_with_macros_is_refused(justice_form):
    macros = docx_bytes(
        parts=[("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 macro")],
        types=None,
    )
    with pytest.raises(ValidationError):
        upload(justice_form, "rn", "form.docx", macros)


def test_file_over_the_size_limit_is_refused_with_the_limit(justice_form, settings):
    settings.FORM_UPLOAD_MAX_BYTES = 1024 * 1024
    big = MINIMAL_PDF + b"%" + b"x" * (1024 * 1024)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        upload(justice_form, "rn", "form.pdf", big)
    assert "larger than 1 MB" in str(error.value)


def test_damaged_or_oddly_compressed_archives_are_refused_not_crashing(justice_form):
    odd = bytearray(odt_bytes())
    local, central = odd.find(b"PK\x03\x04"), odd.find(b"PK\x01\x02")
    odd[local + 8 : local + 10] = (99).to_bytes(2, "little")  # a compression method zipfile cannot read
    odd[central + 10 : central + 12] = (99).to_bytes(2, "little")
    truncated = odt_bytes()[:30]
    for content in (bytes(odd), truncated):
        with pytest.raises(ValidationError):
            upload(justice_form, "rn", "form.odt", content)


@pytest.mark.parametrize("code", ["CGM/PAS/01", "../etc", "a b", "MJ--CJ"])
def test_reference_codes_keep_to_safe_characters(criminal_records, code):
    from forms_library.models import Form

    form = Form(reference_code=code, institution=criminal_records, title_rn="U", title_fr="F")
    with pytest.raises(ValidationError) as error:
        form.full_clean()
    assert "reference_code" in error.value.message_dict
