"""Bad input gives a report a person can act on, nothing stored for that row, and the rest of the batch fine."""

import hashlib
import io
import os
import zipfile
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from archive.ingest.messages import describe
from archive.ingest.report import report_csv
from archive.ingest.sources import ZipSource
from archive.models import Document, IngestBatch, Servant
from tests.archive.conftest import ingest, make_pdf, make_scan, row, write_batch


def javascript_pdf():
    """A well-formed PDF that runs a script when opened."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(make_pdf("script")))
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def zip_source(members, **limits):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if isinstance(data, zipfile.ZipInfo):
                archive.writestr(data, b"/etc/passwd")
            else:
                archive.writestr(name, data)
    buffer.seek(0)
    return ZipSource(buffer, max_bytes=limits.get("max_bytes", 10 * 2**20), max_total_bytes=100 * 2**20)


def test_zip_with_dotdot_names_links_and_bombs_is_read_safely(tmp_path, alice, document_types):
    link = zipfile.ZipInfo("link.pdf")
    link.external_attr = (0o120777) << 16
    source = zip_source(
        {
            "good.pdf": make_pdf(),
            "../escape.pdf": make_pdf("x"),
            "/etc/absolute.pdf": make_pdf("y"),
            "link.pdf": link,
            "bomb.pdf": b"\0" * (20 * 2**20),
        }
    )
    manifest, _files = write_batch(
        tmp_path / "zip",
        [
            row("JU-1001", "appointment", "2010-03-01", "Good", "good.pdf"),
            row("JU-1001", "promotion", "2011-03-01", "Escape", "../escape.pdf"),
            row("JU-1001", "promotion", "2012-03-01", "Link", "link.pdf"),
        ],
        {},
    )
    with open(manifest, "rb") as handle:
        from archive.ingest.run import Ingest

        batch = Ingest(manifest=handle, source=source, manifest_name="m.csv").run()
    codes = sorted(p["code"] for p in batch.problems)
    assert codes == ["link", "unsafe_name", "unsafe_name", "zip_bomb"]
    outcomes = {r.line: (r.outcome, [p["code"] for p in r.problems]) for r in batch.rows.all()}
    assert outcomes == {2: ("stored", []), 3: ("refused", ["missing_file"]), 4: ("refused", ["missing_file"])}
    assert not (tmp_path / "escape.pdf").exists()


def test_folder_symlinks_are_not_followed(tmp_path, alice, document_types):
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(make_pdf("secret"))
    manifest, files_dir = write_batch(
        tmp_path / "links", [row("JU-1001", "appointment", "2010-03-01", "Link", "link.pdf")], {}
    )
    os.symlink(secret, files_dir / "link.pdf")
    batch = ingest(manifest, files_dir)
    assert [p["code"] for p in batch.problems] == ["link"]
    assert batch.rows.get().outcome == "refused"
    assert not Document.objects.exists()


def test_wrong_columns_refuse_the_batch_with_a_translated_reason(tmp_path, alice):
    manifest = tmp_path / "wrong.csv"
    manifest.write_text("matricule;type;file\nJU-1001;appointment;a.pdf\n", encoding="utf-8")
    (tmp_path / "files").mkdir()
    batch = ingest(manifest, tmp_path / "files")
    assert batch.status == IngestBatch.Status.REFUSED
    with translation.override("fr"):
        assert "colonnes" in describe(batch.problems[0])
    with translation.override("rn"):
        assert describe(batch.problems[0]) != ""
    assert not batch.rows.exists()


def test_checksum_mismatch_and_active_content_are_refused(tmp_path, alice, document_types):
    good = make_pdf("good")
    rows = [
        row("JU-1001", "appointment", "2010-03-01", "Right checksum", "good.pdf"),
        row("JU-1001", "promotion", "2011-03-01", "Wrong checksum", "other.pdf"),
        row("JU-1001", "promotion", "2012-03-01", "Script", "script.pdf"),
        row("JU-1001", "promotion", "2013-03-01", "Named as PDF", "scan.pdf"),
    ]
    rows[0]["sha256"] = hashlib.sha256(good).hexdigest()
    rows[1]["sha256"] = "0" * 64
    rows[2]["sha256"] = rows[3]["sha256"] = ""
    folder = tmp_path / "sums"
    manifest, files_dir = write_batch(
        folder,
        [],
        {
            "good.pdf": good,
            "other.pdf": make_pdf("other"),
            "script.pdf": javascript_pdf(),
            "scan.pdf": make_scan(),
        },
    )
    import csv

    with manifest.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    batch = ingest(manifest, files_dir)
    outcomes = {r.line: (r.outcome, [p["code"] for p in r.problems]) for r in batch.rows.all()}
    assert outcomes[2] == ("stored", [])
    assert outcomes[3] == ("refused", ["checksum_mismatch"])
    assert outcomes[4] == ("refused", ["active_content"])
    assert outcomes[5] == ("refused", ["extension_mismatch"])
    with translation.override("fr"):
        text = report_csv(batch)
    assert "ne correspond pas à la somme de contrôle" in text


def test_command_creates_servants_from_the_sheet_and_reports(
    tmp_path, document_types, justice, criminal_records
):
    manifest, files_dir = write_batch(
        tmp_path / "new",
        [
            row("JU-3001", "appointment", "2020-02-02", "Appointment of Dieudonné", "d.pdf"),
            row("JU 3002", "appointment", "2020-02-02", "Spaces", "e.pdf"),
        ],
        {"d.pdf": make_pdf("d"), "e.pdf": make_pdf("e")},
    )
    sheet = tmp_path / "servants.csv"
    sheet.write_text(
        "matricule,surname,given_names,date_of_birth,institution\n"
        "JU-3001,Hakizimana,Dieudonné,1990-04-04,criminal-records\n"
        "JU-3003,Nobody,,1990-13-40,criminal-records\n",
        encoding="utf-8",
    )
    out = StringIO()
    with translation.override("en"):
        call_command(
            "ingest_batch",
            str(manifest),
            str(files_dir),
            "--servants",
            str(sheet),
            "--no-progress",
            stdout=out,
        )
    servant = Servant.objects.get(matricule="JU-3001")
    assert servant.ministry == justice and servant.documents.count() == 1
    text = out.getvalue()
    assert "Line 3 (JU 3002): The matricule “JU 3002” contains spaces." in text
    assert "Servants sheet, line 3" in text
    assert "1 document stored" in text


def test_command_refuses_a_batch_it_cannot_read(tmp_path, db):
    (tmp_path / "m.csv").write_text("nothing,useful\n", encoding="utf-8")
    (tmp_path / "f").mkdir()
    with pytest.raises(CommandError):
        call_command(
            "ingest_batch", str(tmp_path / "m.csv"), str(tmp_path / "f"), "--no-progress", stdout=StringIO()
        )


def test_admin_upload_ingests_a_zip_and_shows_the_report(
    client, hr_justice, alice, carine, document_types, django_capture_on_commit_callbacks
):
    manifest = (
        "matricule,document_type,date,title,reference,file\n"
        "JU-1001,appointment,2010-03-01,Uploaded decree,,a.pdf\n"
        "IN-2001,appointment,2010-03-01,Not my ministry,,b.pdf\n"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.pdf", make_pdf("a"))
        archive.writestr("b.pdf", make_pdf("b"))
    buffer.seek(0)
    buffer.name = "files.zip"
    client.force_login(hr_justice)
    upload = io.BytesIO(manifest.encode())
    upload.name = "manifest.csv"
    # With no broker (the default) the queued task runs in the request, once the upload is committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:archive_ingestbatch_upload"), {"manifest": upload, "files": buffer}
        )
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert alice.documents.count() == 1
    # An HR officer cannot fill another ministry's dossier, and is not told it exists.
    assert not carine.documents.exists()
    assert "IN-2001" in page.content.decode()  # the line they typed, reported as unknown
    report = client.get(reverse("archive:batch_report", args=[IngestBatch.objects.get().public_id]))
    assert report["Content-Type"].startswith("text/csv")


def test_hr_officer_cannot_create_servants_in_another_ministry(
    tmp_path, document_types, hr_justice, migration_service
):
    manifest, files_dir = write_batch(
        tmp_path / "other",
        [row("IN-5001", "appointment", "2020-02-02", "Decree", "d.pdf")],
        {"d.pdf": make_pdf()},
    )
    sheet = tmp_path / "servants.csv"
    sheet.write_text(
        "matricule,surname,given_names,date_of_birth,institution\nIN-5001,Nduwimana,Prosper,,cgm\n"
    )
    from archive.access import dossiers_for

    with open(sheet, "rb") as handle:
        batch = ingest(
            manifest, files_dir, servants=handle, user=hr_justice, allowed_servants=dossiers_for(hr_justice)
        )
    assert not Servant.objects.filter(matricule="IN-5001").exists()
    assert [p["problem"]["code"] for p in batch.problems] == ["unknown_institution"]
    assert batch.rows.get().outcome == "refused"
