"""A real scan-like stack, made from sheets Isôko printed, read, cut, checked and filed."""

import io

import pikepdf
import pytest
from django.utils import translation

from archive.models import Document, StoredFile
from archive.storage import archive_storage
from scanning.models import ScanBatch, ScanPage
from scanning.run import ScanRefused, process, receive


def run(stack, station, user=None, name="stack.pdf", **kwargs):
    batch = receive(io.BytesIO(stack), name=name, station=station, user=user, **kwargs)
    return process(batch.pk)


@pytest.mark.django_db
def test_hr_officer_stack_is_cut_into_documents_and_filed_in_her_ministrys_dossiers(
    stack, station, hr_justice, alice, bob
):
    batch = run(stack, station, hr_justice)
    assert batch.status == ScanBatch.Status.CHECKING
    filed = {(d.servant.matricule, d.document_type.code, d.pages) for d in Document.objects.all()}
    # Alice's appointment (2 pages) and Bob's diploma are filed; Alice's promotion waits (blank page).
    assert filed == {("JU-1001", "appointment", 2), ("JU-1002", "diploma", 1)}
    waiting = {p.number: p.reason for p in batch.pages.filter(state=ScanPage.State.NEEDS_PERSON)}
    # The stray page before any cover, and Carine's (interior) pages: not this officer's to file.
    assert waiting == {1: "before_cover", 14: "not_allowed"}
    promotion = batch.documents.get(document_type__code="promotion")
    assert promotion.document is None
    assert "blank" in promotion.pages.get(number=8).flags
    sheets = batch.pages.filter(state=ScanPage.State.SHEET).count()
    assert sheets == 7  # 3 covers, 4 separators: kept with the batch, in no document


@pytest.mark.django_db
def test_pages_are_straightened_and_turned_on_the_viewing_copy_only(stack, station, hr_justice):
    batch = run(stack, station, hr_justice)
    skewed = batch.pages.get(number=4)
    assert "skewed" in skewed.flags and 1.0 <= skewed.skew <= 2.0
    diploma_page = batch.pages.get(number=11)
    assert "turned" in diploma_page.flags and diploma_page.rotation == 180
    document = Document.objects.get(document_type__code="diploma")
    original = document.files.get(role=StoredFile.Role.ORIGINAL)
    viewing = document.files.get(role=StoredFile.Role.VIEWING)
    with archive_storage().open(original.storage_name) as handle, pikepdf.open(handle) as pdf:
        # the original: the scanned page's own image, untouched
        assert len(pdf.pages) == 1
    with (
        archive_storage().open(viewing.storage_name) as handle,
        pikepdf.open(io.BytesIO(handle.read())) as pdf,
    ):
        assert pdf.open_metadata()["pdfaid:part"] == "2"
        assert pdf.pages[0].Rotate == 180  # shown upright, the scan's image itself untouched
    # The scanned file is kept unchanged with its batch.
    with archive_storage().open(batch.storage_name) as handle:
        assert handle.read() == stack


@pytest.mark.django_db
def test_archivist_files_every_dossier_of_the_stack(stack, station, archivist):
    batch = run(stack, station, archivist)
    assert Document.objects.filter(servant__matricule="IN-2001").count() == 1
    assert list(batch.pages.filter(state=ScanPage.State.NEEDS_PERSON).values_list("number", flat=True)) == [1]


@pytest.mark.django_db
def test_same_stack_twice_is_refused_and_nothing_is_filed_twice(stack, station, hr_justice):
    run(stack, station, hr_justice)
    before = Document.objects.count()
    with translation.override("en"), pytest.raises(ScanRefused, match="already received"):
        run(stack, station, hr_justice, name="again.pdf")
    assert Document.objects.count() == before


@pytest.mark.django_db
def test_worker_killed_half_way_then_run_again_files_each_document_once(
    stack, station, hr_justice, monkeypatch
):
    from scanning import filing

    batch = receive(io.BytesIO(stack), name="s.pdf", station=station, user=hr_justice)
    real = filing.store_document
    calls = []

    def dies_after_first(*args, **kwargs):
        if calls:
            raise SystemExit("worker killed")
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(filing, "store_document", dies_after_first)
    with pytest.raises(SystemExit):
        process(batch.pk)
    assert Document.objects.count() == 1
    monkeypatch.setattr(filing, "store_document", real)
    process(batch.pk)
    assert Document.objects.count() == 2
    process(batch.pk)
    assert Document.objects.count() == 2
