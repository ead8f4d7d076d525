from archive.models import Document, IngestRow, StoredFile
from tests.archive.conftest import ingest, make_pdf, make_scan, row, write_batch


def test_batch_stores_pdfs_and_joins_scans_into_one_viewing_copy(filled, archive_root, tmp_path):
    alice = filled["alice"]
    assert Document.objects.count() == 4
    promotion = alice.documents.get(document_type__code="promotion")
    originals = promotion.files.filter(role=StoredFile.Role.ORIGINAL).order_by("position")
    assert [f.file_format for f in originals] == ["jpeg", "png"]
    assert promotion.pages == 2
    viewing = promotion.files.get(role=StoredFile.Role.VIEWING)
    assert (archive_root / viewing.storage_name).read_bytes().startswith(b"%PDF")
    decree = alice.documents.get(document_type__code="appointment")
    stored = decree.files.get()
    # The original exactly as received, under a random name.
    assert (archive_root / stored.storage_name).read_bytes() == (
        tmp_path / "batch/files/alice-decree.pdf"
    ).read_bytes()
    assert "alice" not in stored.storage_name
    assert "umucamanza" in decree.search_text
    tiff = filled["carine"].documents.get()
    assert tiff.pages == 2


def test_rerun_adds_nothing(filled, tmp_path):
    before = (Document.objects.count(), StoredFile.objects.count())
    again = ingest(tmp_path / "batch" / "manifest.csv", tmp_path / "batch" / "files")
    assert (Document.objects.count(), StoredFile.objects.count()) == before
    assert set(again.rows.values_list("outcome", flat=True)) == {IngestRow.Outcome.SKIPPED}


def test_bad_rows_are_refused_with_reasons_and_the_rest_stored(tmp_path, alice, document_types):
    manifest, files_dir = write_batch(
        tmp_path / "bad",
        [
            row("JU-1001", "appointment", "2010-03-01", "Good", "good.pdf"),
            row("JU 1001", "appointment", "2010-03-01", "Spaces", "a.pdf"),
            row("XX-9", "appointment", "2010-03-01", "Unknown servant", "b.pdf"),
            row("JU-1001", "nonsense", "2010-03-01", "Unknown type", "c.pdf"),
            row("JU-1001", "promotion", "1st of May", "Bad date", "d.pdf"),
            row("JU-1001", "promotion", "2011-01-01", "HTML named pdf", "page.pdf"),
            row("JU-1001", "promotion", "2012-01-01", "Empty", "empty.pdf"),
            row("JU-1001", "promotion", "2013-01-01", "Absent", "absent.pdf"),
            row("JU-1001", "appointment", "2010-03-01", "Good", "good.pdf"),
        ],
        {
            "good.pdf": make_pdf(),
            "a.pdf": make_pdf("a"),
            "b.pdf": make_pdf("b"),
            "c.pdf": make_pdf("c"),
            "d.pdf": make_pdf("d"),
            "page.pdf": b"<html><script>alert(1)</script></html>",
            "empty.pdf": b"",
            "extra.jpg": make_scan(),
        },
    )
    batch = ingest(manifest, files_dir)
    outcomes = {r.line: (r.outcome, [p["code"] for p in r.problems]) for r in batch.rows.all()}
    assert outcomes[2] == ("stored", [])
    assert outcomes[3] == ("refused", ["matricule_spaces"])
    assert outcomes[4] == ("refused", ["unknown_matricule"])
    assert outcomes[5] == ("refused", ["unknown_type"])
    assert outcomes[6] == ("refused", ["bad_date"])
    assert outcomes[7] == ("refused", ["unsupported_format"])
    assert outcomes[8] == ("refused", ["empty"])
    assert outcomes[9] == ("refused", ["missing_file"])
    assert outcomes[10][0] == "refused" and "repeated_row" in outcomes[10][1]
    assert [p["code"] for p in batch.problems] == ["extra_file"]
    assert Document.objects.count() == 1
