"""Dossiers as BagIt bags: export, wipe, import gives back the same files and metadata; a damaged bag is
refused with a clear message and changes nothing."""

import json

import bagit
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from archive.bags import BagRefused, import_bag
from archive.models import Document, FixityEvent, IngestRow, Servant, StoredFile
from archive.storage import archive_storage
from audit.models import AuditEvent

DOCUMENT_FIELDS = [
    "public_id",
    "document_type_id",
    "act_date",
    "title",
    "reference",
    "pages",
    "content_sha256",
    "search_text",
    "created_at",
]
FILE_FIELDS = [
    "public_id",
    "role",
    "position",
    "original_name",
    "sha256",
    "size_bytes",
    "content_type",
    "file_format",
    "created_at",
]
SERVANT_FIELDS = [
    "public_id",
    "matricule",
    "surname",
    "given_names",
    "date_of_birth",
    "institution_id",
    "ministry_id",
    "career_type_id",
    "status",
]


def snapshot(matricule):
    """What a person would compare: the servant, each document and the bytes of each of its files."""
    servant = Servant.objects.get(matricule=matricule)
    storage = archive_storage()
    documents = {}
    for document in servant.documents.all():
        files = {}
        for stored in document.files.all():
            with storage.open(stored.storage_name, "rb") as handle:
                files[str(stored.public_id)] = ({f: getattr(stored, f) for f in FILE_FIELDS}, handle.read())
        documents[str(document.public_id)] = ({f: getattr(document, f) for f in DOCUMENT_FIELDS}, files)
    return {f: getattr(servant, f) for f in SERVANT_FIELDS}, documents


def wipe(matricule):
    servant = Servant.objects.get(matricule=matricule)
    files = StoredFile.objects.filter(document__servant=servant)
    names = list(files.values_list("storage_name", flat=True))
    IngestRow.objects.filter(document__servant=servant).update(document=None)
    FixityEvent.objects.filter(stored_file__in=files).delete()
    files.delete()
    Document.objects.filter(servant=servant).delete()
    servant.delete()
    for name in names:
        archive_storage().delete(name)


@pytest.fixture
def alice_bag(filled, tmp_path, hr_justice, client):
    client.force_login(hr_justice)
    client.get(filled["alice"].page_url())  # something for the audit excerpt
    call_command("export_bags", str(tmp_path / "bags"), matricule=["JU-1001"], verbosity=0)
    (bag,) = (tmp_path / "bags").iterdir()
    return bag


def test_export_wipe_import_gives_back_the_same_files_and_metadata(alice_bag):
    before = snapshot("JU-1001")
    assert bagit.Bag(str(alice_bag)).is_valid()
    assert (alice_bag / "manifest-sha256.txt").exists()
    excerpt = json.loads((alice_bag / "data/audit.json").read_text())
    assert any(event["action"] == "view" and event["who"] == "hr-justice" for event in excerpt)
    wipe("JU-1001")
    assert not Servant.objects.filter(matricule="JU-1001").exists()
    call_command("import_bag", str(alice_bag), verbosity=0)
    assert snapshot("JU-1001") == before
    assert len(before[1]) == 2 and sum(len(files) for _f, files in before[1].values()) == 4
    assert AuditEvent.objects.filter(action=AuditEvent.Action.UPLOAD, details__bag=alice_bag.name).exists()


def test_importing_a_bag_again_adds_nothing(alice_bag):
    before = snapshot("JU-1001")
    result = import_bag(alice_bag)
    assert (result.created, result.documents_added, result.documents_present) == (False, 0, 2)
    assert snapshot("JU-1001") == before


@pytest.mark.parametrize("damage", ["altered", "removed", "added"])
def test_a_damaged_bag_is_refused_and_changes_nothing(alice_bag, damage):
    wipe("JU-1001")
    stored_before = sorted(archive_storage().listdir("")[0])
    originals = sorted((alice_bag / "data/documents").glob("*/original-1.*"))
    if damage == "altered":
        data = bytearray(originals[0].read_bytes())
        data[len(data) // 2] ^= 0xFF
        originals[0].write_bytes(bytes(data))
    elif damage == "removed":
        originals[0].unlink()
    else:
        (alice_bag / "data/extra.txt").write_text("not in the manifest")
    with translation.override("en"), pytest.raises(CommandError):
        call_command("import_bag", str(alice_bag), verbosity=0)
    with (
        translation.override("en"),
        pytest.raises(BagRefused, match="This bag is damaged.*Nothing was imported"),
    ):
        import_bag(alice_bag)
    assert not Servant.objects.filter(matricule="JU-1001").exists()
    assert not Document.objects.filter(servant__matricule="JU-1001").exists()
    assert sorted(archive_storage().listdir("")[0]) == stored_before


def test_a_folder_that_is_not_a_bag_is_refused(tmp_path, filled):
    (tmp_path / "nobag").mkdir()
    with translation.override("en"), pytest.raises(BagRefused, match="not a readable bag"):
        import_bag(tmp_path / "nobag")


def test_a_whole_ministry_is_exported_one_bag_per_servant(filled, tmp_path):
    call_command("export_bags", str(tmp_path / "bags"), ministry=filled["alice"].ministry.slug, verbosity=0)
    names = sorted(
        path.name.split("-")[0] + "-" + path.name.split("-")[1] for path in (tmp_path / "bags").iterdir()
    )
    assert names == ["JU-1001", "JU-1002"]  # Carine is the interior ministry's


def test_unknown_matricule_or_ministry_is_a_clear_error(filled, tmp_path):
    with translation.override("en"), pytest.raises(CommandError, match="Unknown matricule: XX-1"):
        call_command("export_bags", str(tmp_path), matricule=["XX-1"])
    with translation.override("en"), pytest.raises(CommandError, match="No ministry"):
        call_command("export_bags", str(tmp_path), ministry="nowhere")


def retagged(bag_path, **servant_changes):
    """The bag with servant.json changed and its manifests made again: valid, and tampered with."""
    facts_path = bag_path / "data/servant.json"
    facts = json.loads(facts_path.read_text())
    facts.update(servant_changes)
    facts_path.write_text(json.dumps(facts))
    bagit.Bag(str(bag_path)).save(manifests=True)
    return bag_path


def test_a_tampered_bag_binds_the_dossier_to_no_existing_account(alice_bag, hr_justice, reviewer):
    """MEDIUM 1: the bag named the reviewer's account; HR's letter would then have reset its password."""
    from archive.letters import issue_letters

    wipe("JU-1001")
    import_bag(retagged(alice_bag, account=reviewer.username))
    servant = Servant.objects.get(matricule="JU-1001")
    assert servant.user is None
    (letter,) = issue_letters([servant], issued_by=hr_justice)
    assert letter.username == "JU-1001" and servant.user != reviewer
    assert not reviewer.one_time_codes.exists()


# --- issue 26 item 4 and issue 23's LOW: bags from elsewhere, payload inside the bag, content checked ----


def plain_bag(folder, files, **info):
    """A bag as another system makes it (the Library of Congress's bagit.make_bag)."""
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    bagit.make_bag(str(folder), bag_info=info, checksums=["sha256"])
    return folder


FOREIGN_INFO = {
    "Source-Organization": "Another HR system",
    "Isoko-Matricule": "JU-9001",
    "Isoko-Surname": "Nzeyimana",
    "Isoko-Given-Names": "Didace",
    "Isoko-Institution": "criminal-records",
    "Isoko-Document-Type": "appointment",
    "Isoko-Act-Date": "2019-04-01",
    "External-Description": "Appointment decree",
}


def test_a_bag_made_by_bagit_make_bag_is_imported_with_its_metadata(
    tmp_path, criminal_records, document_types
):
    from tests.archive.conftest import make_pdf, make_scan

    bag = plain_bag(tmp_path / "foreign", {"decree.pdf": make_pdf(), "page.jpg": make_scan()}, **FOREIGN_INFO)
    result = import_bag(bag)
    servant = result.servant
    assert (servant.matricule, servant.surname, servant.institution) == (
        "JU-9001",
        "Nzeyimana",
        criminal_records,
    )
    assert servant.user is None and result.documents_added == 2
    titles = sorted(servant.documents.values_list("title", flat=True))
    assert titles == ["Appointment decree (decree.pdf)", "Appointment decree (page.jpg)"]
    assert sorted(
        StoredFile.objects.filter(document__servant=servant).values_list("content_type", flat=True)
    ) == [
        "application/pdf",
        "image/jpeg",
    ]
    assert import_bag(bag).documents_added == 0  # again: nothing new


def test_the_export_is_valid_for_bagit_itself(alice_bag):
    bagit.Bag(str(alice_bag)).validate()  # raises BagValidationError otherwise


def test_a_plain_bag_without_the_fields_is_refused_with_the_reason(tmp_path, filled):
    from tests.archive.conftest import make_pdf

    bag = plain_bag(tmp_path / "bare", {"a.pdf": make_pdf()}, **{"Source-Organization": "Elsewhere"})
    with translation.override("en"), pytest.raises(CommandError):
        call_command("import_bag", str(bag), verbosity=0)
    with translation.override("en"), pytest.raises(BagRefused, match="Isoko-Matricule, Isoko-Document-Type"):
        import_bag(bag)


def test_an_isoko_bag_without_public_ids_is_imported(alice_bag):
    wipe("JU-1001")
    import_bag(retagged(alice_bag, public_id=None))
    assert Servant.objects.get(matricule="JU-1001").documents.count() == 2


def test_html_named_pdf_in_a_bag_is_refused(tmp_path, filled):
    info = {**FOREIGN_INFO, "Isoko-Matricule": "JU-1001"}
    bag = plain_bag(tmp_path / "html", {"decree.pdf": b"<html><script>alert(1)</script></html>"}, **info)
    with translation.override("en"), pytest.raises(BagRefused, match="decree.pdf"):
        import_bag(bag)
    assert not StoredFile.objects.filter(original_name="decree.pdf").exists()


def test_a_payload_path_outside_the_bag_is_never_read(alice_bag, tmp_path):
    wipe("JU-1001")
    document_json = sorted((alice_bag / "data/documents").glob("*/document.json"))[0]
    facts = json.loads(document_json.read_text())
    original = document_json.parent / facts["files"][0]["path"]
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(original.read_bytes())  # the same checksum, outside the bag
    facts["files"][0]["path"] = "../" * 6 + str(outside).lstrip("/")
    document_json.write_text(json.dumps(facts))
    bagit.Bag(str(alice_bag)).save(manifests=True)
    with translation.override("en"), pytest.raises(BagRefused, match="not a file of this bag's payload"):
        import_bag(alice_bag)
    assert not Servant.objects.filter(matricule="JU-1001").exists()


def test_a_link_in_a_bag_is_refused_before_anything_is_read(alice_bag):
    (alice_bag / "data/zero").symlink_to("/dev/zero")
    with translation.override("en"), pytest.raises(BagRefused, match="a link or a device"):
        import_bag(alice_bag)


def test_a_file_over_the_limit_is_refused_before_it_is_read(alice_bag, settings):
    settings.ARCHIVE_FILE_MAX_BYTES = 100
    with translation.override("en"), pytest.raises(BagRefused, match="larger than"):
        import_bag(alice_bag)
