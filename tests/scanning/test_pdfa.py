"""Viewing copies are PDF/A-2b (issue 26 item 6).

veraPDF, the PDF/A community's reference validator, is Java and published only through Maven and its own
site, neither reachable from this machine or CI (PyPI, npm and Debian only; no Debian package). So the
clauses of ISO 19005-2 level B that a scan's PDF can break are checked here one by one, with qpdf (the
structure) and pikepdf (the objects), and the file is rendered by Ghostscript. When veraPDF can be
installed, `verapdf --flavour 2b` belongs here.
"""

import io
import shutil
import subprocess

import pikepdf
import pytest
from lxml import etree

from archive.ingest.store import scans_to_pdf
from archive.models import StoredFile
from archive.storage import archive_storage
from scanning.run import process, receive
from tests.archive.conftest import make_scan

XMP = {"pdfaid": "http://www.aiim.org/pdfa/ns/id/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}


def assert_pdfa_2b(data, tmp_path):
    path = tmp_path / "copy.pdf"
    path.write_bytes(data)
    assert data.startswith(b"%PDF-1.7\n%") and max(data[10:14]) > 127  # 6.1.2: header and binary comment
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    with pikepdf.open(path) as pdf:
        assert "/Encrypt" not in pdf.trailer and len(pdf.trailer.ID) == 2  # 6.1.3
        metadata = pdf.Root.Metadata
        assert "/Filter" not in metadata  # 6.6.2.1: metadata stream not filtered
        xmp = etree.fromstring(metadata.read_bytes())
        assert xmp.findtext(".//pdfaid:part", namespaces=XMP) == "2"
        assert xmp.findtext(".//pdfaid:conformance", namespaces=XMP) == "B"
        intent = pdf.Root.OutputIntents[0]  # 6.2.3: an output intent with an ICC profile
        assert intent.S == pikepdf.Name.GTS_PDFA1 and intent.DestOutputProfile.N == 3
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"  # an ICC profile's signature
        for page in pdf.pages:
            assert "/AA" not in page.obj and "/Group" not in page.obj  # 6.5.2, 6.4: no actions, transparency
            for image in page.get_images().values():
                assert image.get("/Interpolate", False) is False  # 6.2.8
                assert "/LZWDecode" not in str(image.get("/Filter", ""))  # 6.1.7.2
        assert not any(
            "/JavaScript" in str(obj.get("/S", ""))
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary)
        )
    if shutil.which("gs"):
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=nullpage", str(path)], check=True)


def test_batch_ingest_viewing_copy_is_pdfa_2b(tmp_path):
    assert_pdfa_2b(scans_to_pdf([io.BytesIO(make_scan("JPEG")), io.BytesIO(make_scan("PNG"))]), tmp_path)


@pytest.mark.django_db
def test_scanning_viewing_copy_is_pdfa_2b(tmp_path, stack, station, hr_justice):
    process(receive(io.BytesIO(stack), name="s.pdf", station=station, user=hr_justice).pk)
    for viewing in StoredFile.objects.filter(role=StoredFile.Role.VIEWING):
        with archive_storage().open(viewing.storage_name) as handle:
            assert_pdfa_2b(handle.read(), tmp_path)
