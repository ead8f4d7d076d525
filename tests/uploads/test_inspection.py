"""inspect_file: what a file really is, decided by parsing it; refusals carry a code and a clear reason."""

import hashlib
import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tests.uploads.samples import docx_bytes, image_bytes, odt_bytes, pdf_bytes
from uploads import DOCUMENTS, IMAGES, inspect_file

ANY = DOCUMENTS + IMAGES


def refusal(content, *, allowed=ANY, name="", max_bytes=10**7):
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            inspect_file(io.BytesIO(content), allowed=allowed, declared_name=name, max_bytes=max_bytes)
        return error.value.code, " ".join(error.value.messages)


@pytest.mark.parametrize(
    ("content", "name", "expected_format", "pages"),
    [
        (pdf_bytes(), "form.pdf", "pdf", 1),
        (docx_bytes(), "form.docx", "docx", None),
        (odt_bytes(), "form.odt", "odt", None),
        (image_bytes("TIFF", pages=3), "scan.tif", "tiff", 3),
        (image_bytes("TIFF"), "scan.tiff", "tiff", 1),
        (image_bytes("JPEG"), "scan.jpg", "jpeg", 1),
        (image_bytes("PNG"), "scan.png", "png", 1),
    ],
)
def test_each_accepted_format_is_recognised_with_its_size_checksum_and_pages(
    content, name, expected_format, pages
):
    found = inspect_file(io.BytesIO(content), allowed=ANY, declared_name=name, max_bytes=10**7)
    assert (found.file_format, found.size_bytes, found.pages) == (expected_format, len(content), pages)
    assert found.sha256 == hashlib.sha256(content).hexdigest()


def test_a_format_not_allowed_by_the_caller_is_refused_naming_the_allowed_ones():
    code, message = refusal(image_bytes("PNG"), allowed=DOCUMENTS, name="scan.png")
    assert code == "unsupported_format"
    assert "PDF, DOCX, ODT" in message


def test_an_empty_file_is_refused():
    assert refusal(b"")[0] == "empty"


def test_a_name_that_lies_about_the_content_is_refused():
    code, message = refusal(image_bytes("JPEG"), name="scan.png")
    assert code == "extension_mismatch"
    assert ".png" in message and "JPEG" in message


class Endless:
    """A stream with no size that never ends, counting what was read from it."""

    def __init__(self):
        self.read_bytes = 0

    def read(self, size=-1):
        chunk = b"%PDF-" if self.read_bytes == 0 else b"x" * max(1, min(size, 65536))
        self.read_bytes += len(chunk)
        return chunk


def test_a_stream_without_a_size_is_not_read_past_the_limit():
    stream = Endless()
    with pytest.raises(ValidationError) as error:
        inspect_file(stream, allowed=ANY, max_bytes=1024 * 1024)
    assert error.value.code == "too_large"
    with translation.override("en"):
        assert "larger than 1 MB" in error.value.messages[0]
    assert stream.read_bytes <= 1024 * 1024 + 1


class Announced(io.BytesIO):
    size = 50 * 1024 * 1024

    def read(self, *args):
        raise AssertionError("an upload announced as too large must not be read")


def test_an_upload_announced_as_too_large_is_refused_without_reading_it():
    with pytest.raises(ValidationError) as error:
        inspect_file(Announced(), allowed=ANY, max_bytes=10 * 1024 * 1024)
    assert error.value.code == "too_large"


@pytest.mark.parametrize("side", [1100, 1500])
def test_an_image_over_the_decompression_bomb_limit_is_refused(monkeypatch, side):
    # Pillow warns past MAX_IMAGE_PIXELS and refuses past twice that; both are refusals here.
    from PIL import Image

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    code, message = refusal(image_bytes("PNG", size=(side, side)), name="scan.png")
    assert code == "unreadable"
    assert "too large once decoded" in message


def test_a_truncated_image_is_refused_as_unreadable():
    content = image_bytes("PNG", size=(400, 400))
    code, message = refusal(content[: len(content) // 2], name="scan.png")
    assert code == "unreadable"
    assert "cannot be read" in message


def test_a_pdf_that_cannot_be_parsed_is_refused_with_a_clear_message():
    code, message = refusal(b"%PDF-1.7\nnot really a PDF at all\n", name="form.pdf")
    assert code == "unreadable"
    assert "This PDF cannot be read" in message
