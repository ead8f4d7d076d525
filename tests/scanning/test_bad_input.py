"""Bad stacks get a clear answer; nothing is filed twice, no 500."""

import io

import pikepdf
import pytest
from django.urls import reverse
from django.utils import translation
from fpdf import FPDF
from PIL import Image

from archive.models import Document
from scanning.models import ScanBatch
from scanning.run import ScanRefused, receive


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


def refused(data, station, name="s.pdf"):
    with pytest.raises(ScanRefused) as error:
        receive(io.BytesIO(data), name=name, station=station)
    assert ScanBatch.objects.count() == 0
    return str(error.value)


@pytest.mark.django_db
def test_a_pdf_made_on_a_computer_is_not_a_scan(station):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Just text")
    assert "no scanned pages" in refused(bytes(pdf.output()), station)


@pytest.mark.django_db
def test_a_2000_page_file_is_refused_with_the_limit(station):
    with pikepdf.new() as pdf:
        for _ in range(2000):
            pdf.add_blank_page(page_size=(100, 100))
        out = io.BytesIO()
        pdf.save(out)
    assert "2000 pages" in refused(out.getvalue(), station) and "1200" in refused(out.getvalue(), station)


@pytest.mark.django_db
def test_a_tiff_decompression_bomb_is_refused(station, settings):
    out = io.BytesIO()
    Image.new("1", (30000, 30000)).save(out, format="TIFF", compression="group4")
    assert "damaged or too large" in refused(out.getvalue(), station, "bomb.tif")


@pytest.mark.django_db
def test_a_pdf_with_javascript_is_refused(station, stack):
    with pikepdf.open(io.BytesIO(stack)) as pdf:
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
        out = io.BytesIO()
        pdf.save(out)
    assert "scripts" in refused(out.getvalue(), station)


@pytest.mark.django_db
def test_bad_upload_in_the_hr_pages_is_a_clear_answer_not_a_500(client, hr_justice):
    client.force_login(hr_justice)
    upload = io.BytesIO(b"GIF89a not a scan")
    upload.name = "x.pdf"
    response = client.post(reverse("scanning:station"), {"file": upload})
    assert response.status_code == 200
    assert "not in an accepted format" in response.content.decode()
    assert Document.objects.count() == 0
