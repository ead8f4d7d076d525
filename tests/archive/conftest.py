"""Named people for the archive: two servants of the justice ministry and one of the interior, an HR officer
of each ministry, an archivist, and a small batch of real files (a born-digital PDF, scanned pages)."""

import csv
import io
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import storages
from django.utils import timezone
from fpdf import FPDF
from PIL import Image

from archive.ingest.run import Ingest
from archive.ingest.sources import FolderSource
from archive.models import ArchiveRole, CareerType, DocumentType, Servant
from tests.archive.ocr_helpers import scan_with_words

PASSWORD = "a-long-test-password"  # noqa: S105


def make_pdf(text="Iteka ryo gushira mu kazi", pages=1):
    pdf = FPDF()
    for number in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=14)
        pdf.cell(text=f"{text} {number + 1}")
    return bytes(pdf.output())


def make_scan(kind="JPEG", frames=1, size=(300, 400), colour=(230, 225, 210)):
    out = io.BytesIO()
    images = [Image.new("RGB", size, colour) for _ in range(frames)]
    if kind == "TIFF" and frames > 1:
        images[0].save(out, format="TIFF", save_all=True, append_images=images[1:])
    else:
        images[0].save(out, format=kind)
    return out.getvalue()


@pytest.fixture(autouse=True)
def archive_root(tmp_path, settings):
    """Each test stores into its own folder."""
    root = tmp_path / "archive"
    settings.STORAGES = {
        **settings.STORAGES,
        "archive": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": root, "file_permissions_mode": 0o640},
        },
    }
    storages._storages.pop("archive", None)
    storages.__dict__.pop("backends", None)
    yield root
    storages._storages.pop("archive", None)
    storages.__dict__.pop("backends", None)


@pytest.fixture(autouse=True)
def no_ocr_unless_asked(settings):
    """OCR takes seconds a scan: only the tests about it (tests/archive/test_ocr.py…) turn it on."""
    settings.ARCHIVE_OCR_ON_INGEST = False


def make_user(username, **extra):
    return get_user_model().objects.create_user(username=username, password=PASSWORD, **extra)


@pytest.fixture
def document_types(db):
    names = {
        "appointment": ("Iteka ryo gushirwa mu kazi", "Décret de nomination", "Appointment decree"),
        "promotion": ("Ukuduzwa mu ntera", "Promotion", "Promotion"),
        "diploma": ("Impamyabumenyi", "Diplôme", "Diploma"),
    }
    return {
        code: DocumentType.objects.create(code=code, name_rn=rn, name_fr=fr, name_en=en, position=i)
        for i, (code, (rn, fr, en)) in enumerate(names.items())
    }


@pytest.fixture
def career(document_types):
    career = CareerType.objects.create(
        code="statutory", name_rn="Umukozi", name_fr="Statutaire", name_en="Statutory"
    )
    career.required_documents.set([document_types["appointment"], document_types["diploma"]])
    return career


def make_servant(matricule, surname, given, institution, career, user=None):
    return Servant.objects.create(
        matricule=matricule,
        surname=surname,
        given_names=given,
        date_of_birth=date(1980, 5, 17),
        institution=institution,
        career_type=career,
        user=user,
    )


@pytest.fixture
def alice(criminal_records, career):
    """A justice servant with an account."""
    return make_servant(
        "JU-1001", "Ndayishimiyé", "Alice", criminal_records, career, make_user("servant-alice")
    )


@pytest.fixture
def bob(justice, career):
    """Another justice servant with an account."""
    return make_servant("JU-1002", "Niyonzima", "Bob", justice, career, make_user("servant-bob"))


@pytest.fixture
def carine(migration_service, career):
    """An interior servant without an account."""
    return make_servant("IN-2001", "Irakoze", "Carine", migration_service, career)


def make_role(username, role, ministry=None):
    """A staff account with a role in force: granted and confirmed by two administrators, for a person of
    their own."""
    user = make_user(username, is_staff=True)
    ArchiveRole.objects.create(
        user=user,
        role=role,
        ministry=ministry,
        person=f"ID{username.upper().replace('-', '')}",
        granted_at=timezone.now(),
        confirmed_at=timezone.now(),
    )
    return user


@pytest.fixture
def hr_justice(justice):
    return make_role("hr-justice", ArchiveRole.Role.HR_OFFICER, justice)


@pytest.fixture
def hr_interior(interior):
    return make_role("hr-interior", ArchiveRole.Role.HR_OFFICER, interior)


@pytest.fixture
def archivist(civil_service):
    return make_role("archivist", ArchiveRole.Role.ARCHIVIST)


def write_batch(folder, rows, files):
    """A manifest and its files in `folder`; rows are dicts of the manifest's columns."""
    folder.mkdir(parents=True, exist_ok=True)
    files_dir = folder / "files"
    files_dir.mkdir(exist_ok=True)
    for name, data in files.items():
        (files_dir / name).write_bytes(data)
    manifest = folder / "manifest.csv"
    with manifest.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["matricule", "document_type", "date", "title", "reference", "file"]
        )
        writer.writeheader()
        writer.writerows(rows)
    return manifest, files_dir


def ingest(manifest, files_dir, **kwargs):
    with open(manifest, "rb") as handle:
        return Ingest(
            manifest=handle,
            source=FolderSource(files_dir, max_bytes=50 * 1024 * 1024),
            manifest_name=manifest.name,
            **kwargs,
        ).run()


def row(matricule, type_code, when, title, file, reference=""):
    return {
        "matricule": matricule,
        "document_type": type_code,
        "date": when,
        "title": title,
        "reference": reference,
        "file": file,
    }


@pytest.fixture
def filled(tmp_path, alice, bob, carine, document_types):
    """Alice: an appointment decree (PDF) and a promotion (two scanned pages); Bob and Carine: one decree each."""
    manifest, files_dir = write_batch(
        tmp_path / "batch",
        [
            row(
                "JU-1001",
                "appointment",
                "2010-03-01",
                "Appointment of Alice",
                "alice-decree.pdf",
                "D-100/2010",
            ),
            row("JU-1001", "promotion", "2015-07-01", "Promotion of Alice", "alice-p1.jpg|alice-p2.png"),
            row("JU-1002", "appointment", "2012-01-15", "Appointment of Bob", "bob-decree.pdf"),
            row("IN-2001", "appointment", "2011-09-09", "Appointment of Carine", "carine-decree.tif"),
        ],
        {
            "alice-decree.pdf": make_pdf("Iteka rya Alice umucamanza"),
            "alice-p1.jpg": make_scan("JPEG"),
            "alice-p2.png": make_scan("PNG"),
            "bob-decree.pdf": make_pdf("Decree of Bob"),
            "carine-decree.tif": make_scan("TIFF", frames=2),
        },
    )
    batch = ingest(manifest, files_dir)
    assert batch.status == "done", batch.problems
    return {"batch": batch, "alice": alice, "bob": bob, "carine": carine}


@pytest.fixture
def scans(tmp_path, alice, carine, document_types):
    """A scanned promotion of Alice (justice) and a scanned decree of Carine (interior), with words on."""
    files = {
        "alice-promotion.png": scan_with_words("ARRETE MINISTERIEL", "TAMBOURIN ECLIPSE"),
        "carine-decree.jpg": scan_with_words("DECRET PRESIDENTIEL", "VOLCAN HIBISCUS", kind="JPEG"),
    }
    manifest, files_dir = write_batch(
        tmp_path / "scans",
        [
            row("JU-1001", "promotion", "2016-02-01", "Promotion", "alice-promotion.png"),
            row("IN-2001", "appointment", "2011-09-09", "Decree", "carine-decree.jpg"),
        ],
        files,
    )
    return manifest, files_dir, files
