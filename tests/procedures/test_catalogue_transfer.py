"""export_catalogue / import_catalogue: the round trip loses nothing."""

import hashlib
import json
import zipfile
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.utils import translation

from forms_library.models import FormFile
from procedures.catalogue_transfer import MODELS
from procedures.models import LegalBasis, Procedure
from procedures.revisions import take_snapshot
from tests.conftest import MINIMAL_PDF


def catalogue_state():
    state = {model._meta.label: model.objects.count() for model in MODELS}
    state["procedures"] = {
        p.slug: (p.status, p.published_at, take_snapshot(p))
        for p in Procedure.objects.filter(draft_of__isnull=True)
    }
    files = {}
    for form_file in FormFile.objects.all():
        with form_file.file.open("rb") as handle:
            files[(form_file.form.reference_code, form_file.language, form_file.version)] = (
                form_file.sha256,
                hashlib.sha256(handle.read()).hexdigest(),
                form_file.is_current,
            )
    state["files"] = files
    state["legal_texts"] = {}
    for basis in LegalBasis.objects.exclude(document="").select_related("procedure"):
        with basis.document.open("rb") as handle:
            state["legal_texts"][(basis.procedure.slug, basis.procedure.status, basis.position)] = (
                basis.document_sha256,
                hashlib.sha256(handle.read()).hexdigest(),
            )
    return state


@pytest.mark.django_db(transaction=True)
def test_export_then_import_into_an_empty_database_is_lossless(tmp_path, django_user_model):
    call_command("load_demo", "--password", "round-trip-password", stdout=StringIO())
    before = catalogue_state()
    archive = tmp_path / "catalogue.zip"
    call_command("export_catalogue", str(archive), stdout=StringIO())

    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("manifest.json"))
    assert manifest["counts"]["procedures.Procedure"] >= 30
    texts_of_laws = set(LegalBasis.objects.exclude(document="").values_list("document", flat=True))
    assert texts_of_laws, "the demo attaches the texts of laws"
    assert len(manifest["files"]) == FormFile.objects.count() + len(texts_of_laws)

    call_command("flush", "--no-input")
    for form_file_path in [f["path"] for f in manifest["files"]]:
        from django.core.files.storage import default_storage

        default_storage.delete(form_file_path)
    call_command("import_catalogue", str(archive), stdout=StringIO())

    after = catalogue_state()
    assert after == before
    assert "passport" in [p.slug for p in Procedure.objects.published()]


@pytest.mark.django_db(transaction=True)
def test_import_refuses_a_non_empty_database_or_a_damaged_archive(tmp_path, passport):
    archive = tmp_path / "catalogue.zip"
    call_command("export_catalogue", str(archive), stdout=StringIO())
    with translation.override("en"), pytest.raises(CommandError, match="empty database"):
        call_command("import_catalogue", str(archive), stdout=StringIO())
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with translation.override("en"), pytest.raises(CommandError, match="Not a catalogue archive"):
        call_command("import_catalogue", str(tmp_path / "junk.zip"), stdout=StringIO())


def export_then_lose_the_database(tmp_path):
    archive = tmp_path / "catalogue.zip"
    call_command("export_catalogue", str(archive), stdout=StringIO())
    with zipfile.ZipFile(archive) as opened:
        paths = [f["path"] for f in json.loads(opened.read("manifest.json"))["files"]]
    call_command("flush", "--no-input")  # the database is gone; media/ is not
    return archive, paths


@pytest.mark.django_db(transaction=True)
def test_import_onto_surviving_uploaded_files_keeps_those_that_match(tmp_path, passport, justice_form):
    LegalBasis.objects.create(
        procedure=passport,
        position=1,
        reference="Loi n°1/22",
        title_fr="Loi",
        document=ContentFile(MINIMAL_PDF, name="loi.pdf"),
    )
    before = catalogue_state()
    archive, paths = export_then_lose_the_database(tmp_path)
    assert len(paths) == 2 and all(default_storage.exists(path) for path in paths)

    call_command("import_catalogue", str(archive), stdout=StringIO())

    assert catalogue_state() == before
    restored = [f.file.name for f in FormFile.objects.all()] + [
        b.document.name for b in LegalBasis.objects.all()
    ]
    assert sorted(restored) == sorted(paths)  # the surviving files themselves, not copies beside them
    for path in paths:
        folder, name = path.rsplit("/", 1)
        stem = name.rsplit(".", 1)[0]
        assert not [other for other in default_storage.listdir(folder)[1] if other.startswith(stem + "_")]


@pytest.mark.django_db(transaction=True)
def test_import_refuses_a_surviving_file_that_differs_naming_it_and_changes_nothing(tmp_path, justice_form):
    archive, [path] = export_then_lose_the_database(tmp_path)
    default_storage.delete(path)
    default_storage.save(path, ContentFile(b"%PDF-1.4 another file under the same name"))

    with translation.override("en"), pytest.raises(CommandError, match=f"{path} already exists .* different"):
        call_command("import_catalogue", str(archive), stdout=StringIO())

    assert not FormFile.objects.exists()
    with default_storage.open(path, "rb") as handle:
        assert handle.read() == b"%PDF-1.4 another file under the same name"


@pytest.mark.django_db(transaction=True)
def test_open_data_dump_leaves_out_drafts(tmp_path, passport, criminal_record_extract):
    Procedure.objects.filter(pk=criminal_record_extract.pk).update(status=Procedure.Status.DRAFT)
    archive = tmp_path / "open-data.zip"
    call_command("export_catalogue", str(archive), "--published-only", stdout=StringIO())
    with zipfile.ZipFile(archive) as opened:
        rows = json.loads(opened.read("catalogue.json"))
    slugs = {row["fields"]["slug"] for row in rows if row["model"] == "procedures.procedure"}
    assert slugs == {"passport"}
