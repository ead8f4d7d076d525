"""HR registering hundreds of dossiers (issue 27 item 3): the upload page says what to give (templates,
document-type codes in the page's language, columns, `|`, the date format, the size limit), takes the
spreadsheet HR uses (.xlsx, read as untrusted input), checks the files before anything is queued, names
each batch, and the report shows names and titles."""

import csv
import io
import zipfile
from datetime import date

import openpyxl
import pytest
from django.urls import reverse

from archive.models import IngestBatch
from archive.storage import all_stored_names
from tests.archive.conftest import ingest, make_pdf, row, write_batch

UPLOAD = "admin:archive_ingestbatch_upload"


def xlsx(rows):
    book = openpyxl.Workbook()
    for values in rows:
        book.active.append(values)
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    out.name = "manifest.xlsx"
    return out


def zip_file(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    buffer.seek(0)
    buffer.name = "files.zip"
    return buffer


HEADER = ["matricule", "document_type", "date", "title", "reference", "file"]


@pytest.fixture
def hr(client, hr_justice, alice, document_types):
    client.force_login(hr_justice)
    client.cookies["django_language"] = "en"  # the admin in English (it speaks Kirundi by default)
    return client


def test_the_upload_page_says_what_to_give(hr):
    hr.cookies["django_language"] = "rn"
    rundi = hr.get(reverse(UPLOAD)).text
    assert "Iteka ryo gushirwa mu kazi" in rundi and "<code>appointment</code>" in rundi  # codes in Kirundi
    hr.cookies["django_language"] = "en"
    page = hr.get(reverse(UPLOAD)).text
    assert "Appointment decree" in page
    assert "YYYY-MM-DD" in page and "page-1.jpg|page-2.jpg" in page and "200" in page
    for kind in ("manifest", "servants"):
        for extension in ("xlsx", "csv"):
            assert reverse("admin:archive_ingestbatch_template", args=[kind, extension]) in page


def test_the_templates_open_in_a_spreadsheet_with_the_columns(hr):
    book = openpyxl.load_workbook(
        io.BytesIO(hr.get(reverse("admin:archive_ingestbatch_template", args=["manifest", "xlsx"])).content)
    )
    assert [cell.value for cell in next(book.active.iter_rows())] == HEADER
    text = hr.get(reverse("admin:archive_ingestbatch_template", args=["servants", "csv"])).content.decode(
        "utf-8-sig"
    )
    assert next(csv.reader(io.StringIO(text)))[:5] == [
        "matricule",
        "surname",
        "given_names",
        "date_of_birth",
        "institution",
    ]
    assert hr.get(reverse("admin:archive_ingestbatch_template", args=["other", "csv"])).status_code == 404


def test_check_my_files_shows_rows_and_problems_and_registers_nothing(hr):
    manifest = xlsx(
        [
            HEADER,
            ["JU-1001", "appointment", date(2019, 4, 1), "Decree of Alice", None, "a.pdf"],
            ["JU-1001", "nonsense", "01/04/2019", "=1+1", None, "missing.pdf"],
        ]
    )
    before = set(all_stored_names())
    page = hr.post(
        reverse(UPLOAD), {"manifest": manifest, "files": zip_file({"a.pdf": make_pdf()}), "action": "check"}
    ).text
    assert "1 row is ready." in page and "1 row has problems." in page
    assert "Decree of Alice" in page and "Ndayishimiyé Alice" in page
    assert "“nonsense” is not a document type" in page and "“01/04/2019” is not a date" in page
    assert not IngestBatch.objects.exists() and set(all_stored_names()) == before


def test_an_xlsx_batch_is_registered_under_its_name(hr, django_capture_on_commit_callbacks):
    manifest = xlsx([HEADER, ["JU-1001", "appointment", date(2019, 4, 1), "Decree of Alice", "D-1", "a.pdf"]])
    with django_capture_on_commit_callbacks(execute=True):
        response = hr.post(
            reverse(UPLOAD),
            {
                "manifest": manifest,
                "files": zip_file({"a.pdf": make_pdf()}),
                "name": "Justice – appointments 2019",
            },
        )
    assert response.status_code == 302
    batch = IngestBatch.objects.get()
    assert batch.manifest_name == "Justice – appointments 2019"
    batch.refresh_from_db()
    assert batch.status == "done", batch.problems
    document = batch.documents.get()
    assert (document.act_date, document.title) == (date(2019, 4, 1), "Decree of Alice")


def test_a_broken_spreadsheet_is_refused_in_words(hr):
    broken = zip_file({"xl/workbook.xml": b"<not a workbook"})
    broken.name = "manifest.xlsx"
    response = hr.post(
        reverse(UPLOAD), {"manifest": broken, "files": zip_file({"a.pdf": make_pdf()}), "action": "check"}
    )
    assert response.status_code == 200 and "cannot be read" in response.text
    assert not IngestBatch.objects.exists()


def test_the_report_shows_names_and_titles(client, tmp_path, hr_justice, alice, document_types):
    manifest, files_dir = write_batch(
        tmp_path / "b",
        [
            row("JU-1001", "appointment", "2019-04-01", "Decree of Alice", "a.pdf"),
            row("JU-1001", "nonsense", "2019-04-01", "Bad type", "a2.pdf"),
        ],
        {"a.pdf": make_pdf(), "a2.pdf": make_pdf("other")},
    )
    batch = ingest(manifest, files_dir, user=hr_justice)
    client.force_login(hr_justice)
    page = client.get(reverse("archive:batch", args=[batch.public_id])).text
    assert "Ndayishimiyé Alice" in page and "Decree of Alice" in page and "Bad type" in page
    report = client.get(reverse("archive:batch_report", args=[batch.public_id])).content.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(report)))
    assert lines[2][2:4] == ["Ndayishimiyé Alice", "Bad type"]
