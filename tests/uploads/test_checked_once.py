"""Forms and texts of laws share one "checked once" mechanism (uploads.CheckedFile): an upload is read
and parsed in clean() when the model is validated, in save() when it was not, never twice and never
skipped."""

import hashlib

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

import uploads.checked
from forms_library.models import FormFile
from procedures.models import LegalBasis
from tests.conftest import MINIMAL_PDF
from tests.uploads.samples import pdf_bytes

ACTIVE_PDF = pdf_bytes(
    catalog=lambda pdf: {"/OpenAction": pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")},
    object_streams=True,
)


@pytest.fixture
def inspections(monkeypatch):
    """How many times an upload was read and parsed."""
    calls = []
    real = uploads.checked.checked_upload

    def counted(upload, **options):
        calls.append(upload.name)
        return real(upload, **options)

    monkeypatch.setattr(uploads.checked, "checked_upload", counted)
    return calls


def new_form_file(justice_form, content):
    return FormFile(form=justice_form, language="en", file=ContentFile(content, name="form.pdf"))


def new_legal_text(passport, content):
    return LegalBasis(
        procedure=passport,
        position=9,
        reference="Loi n°1/22",
        title_rn="Itegeko",
        title_fr="Loi",
        document=ContentFile(content, name="loi.pdf"),
    )


@pytest.fixture(params=["form file", "legal text"])
def make(request, justice_form, passport):
    if request.param == "form file":
        return lambda content: new_form_file(justice_form, content), "file", "sha256"
    return lambda content: new_legal_text(passport, content), "document", "document_sha256"


def test_an_upload_validated_in_clean_is_not_read_again_in_save(make, inspections):
    build, _file_field, sha_field = make
    record = build(MINIMAL_PDF)
    record.full_clean()
    record.save()
    assert len(inspections) == 1
    assert getattr(record, sha_field) == hashlib.sha256(MINIMAL_PDF).hexdigest()


def test_an_upload_saved_without_clean_is_checked_in_save(make, inspections):
    build, _file_field, _sha_field = make
    with pytest.raises(ValidationError) as error:
        build(ACTIVE_PDF).save()
    assert error.value.code == "active_content"
    assert len(inspections) == 1


def test_a_file_swapped_after_clean_is_checked_before_it_is_stored(make, inspections):
    build, file_field, _sha_field = make
    record = build(MINIMAL_PDF)
    record.full_clean()
    setattr(record, file_field, ContentFile(ACTIVE_PDF, name="swapped.pdf"))
    with pytest.raises(ValidationError):
        record.save()
    assert len(inspections) == 2


def test_a_refusal_in_clean_names_the_file_field_and_keeps_its_code(make):
    build, file_field, _sha_field = make
    with pytest.raises(ValidationError) as error:
        build(ACTIVE_PDF).full_clean()
    assert [e.code for e in error.value.error_dict[file_field]] == ["active_content"]


def test_a_checksum_set_by_the_caller_does_not_skip_the_check(justice_form):
    # The checksum names the stored file; trusting one handed in would store an unchecked upload.
    form_file = new_form_file(justice_form, ACTIVE_PDF)
    form_file.sha256 = hashlib.sha256(ACTIVE_PDF).hexdigest()
    with pytest.raises(ValidationError):
        form_file.save()
    assert not justice_form.files.filter(language="en").exists()


def test_removing_a_legal_text_clears_its_fingerprint(passport):
    basis = new_legal_text(passport, MINIMAL_PDF)
    basis.save()
    basis.document = None
    basis.save()
    basis.refresh_from_db()
    assert (basis.document_format, basis.document_size, basis.document_sha256) == ("", None, "")
