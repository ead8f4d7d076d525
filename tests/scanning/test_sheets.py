"""Sheets printed from the register: cover sheets whose code names no one, separator sheets in three
languages, from the command line and the HR pages."""

import io
from io import StringIO

import pytest
import zxingcpp
from django.core.management import call_command
from django.urls import reverse
from pypdf import PdfReader

from archive.models import Document
from scanning.codes import COVER, SEPARATOR, parse
from tests.scanning.stacks import rasterise


def codes_on(pdf_bytes, ppi=150):
    return [[b.text for b in zxingcpp.read_barcodes(page)] for page in rasterise(pdf_bytes, ppi)]


@pytest.mark.django_db
def test_print_scan_sheets_writes_a_cover_per_dossier_and_separators(tmp_path, alice, bob, carine, justice):
    output = tmp_path / "sheets.pdf"
    call_command("print_scan_sheets", "--ministry", justice.slug, "--output", str(output), stdout=StringIO())
    pdf = output.read_bytes()
    text = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(text) == 2 + 3  # Alice and Bob (justice), then appointment, promotion, diploma
    assert "JU-1001" in text[0] and "Ndayishimiyé" in text[0] and "Carine" not in "".join(text)
    assert "Iteka ryo gushirwa mu kazi" in text[2] and "Décret de nomination" in text[2]
    assert "Appointment decree" in text[2]
    read = codes_on(pdf)
    # Each sheet carries its code twice; the cover's says nothing a reader could use to find a person.
    assert all(len(codes) == 2 and codes[0] == codes[1] for codes in read)
    assert "JU-1001" not in read[0][0] and "Ndayishim" not in read[0][0]
    assert parse(read[0][0]).kind == COVER and parse(read[0][0]).value == str(alice.public_id)
    assert parse(read[2][0]).kind == SEPARATOR and parse(read[2][0]).value == "appointment"


@pytest.mark.django_db
def test_cover_sheet_ticks_the_required_documents_already_in_the_file(tmp_path, alice, document_types):
    from datetime import date

    Document.objects.create(
        servant=alice,
        document_type=document_types["appointment"],
        act_date=date(2010, 1, 1),
        title="Decree",
        content_sha256="0" * 64,
    )
    output = tmp_path / "s.pdf"
    call_command("print_scan_sheets", "--matricules", "JU-1001", "--output", str(output), stdout=StringIO())
    cover = PdfReader(output).pages[0].extract_text()
    names = ("Décret de nomination", "Iteka ryo gushirwa mu kazi", "Appointment decree")
    assert any(f"☑  {name}" in cover for name in names)  # in the language the command runs in
    assert "☐" in cover  # the diploma is still missing


def test_a_forged_or_altered_cover_code_is_not_trusted():
    assert parse("ISOKO1:D:0b7c2c1e-1111-4111-8111-111111111111:forged").kind == ""
    assert parse("https://example.org/some-qr-on-a-diploma") is None


@pytest.mark.django_db
def test_hr_officer_prints_sheets_for_her_dossiers_only(client, hr_justice, alice, carine):
    client.force_login(hr_justice)
    response = client.post(reverse("scanning:sheets"), {"matricules": "JU-1001"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    refused = client.post(reverse("scanning:sheets"), {"matricules": "IN-2001"})
    assert refused.status_code == 400
    assert "IN-2001" in refused.content.decode()  # the matricule she typed, and no name
    assert "Irakoze" not in refused.content.decode()
