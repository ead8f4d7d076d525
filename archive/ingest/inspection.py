"""What a file really is, decided by its content. Stands in for `uploads.inspect_file` (shared upload checks,
being built on the `uploads` branch) with the same signature, codes and constants, so switching is one import.
"""

import hashlib
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PDF, DOCX, ODT, TIFF, JPEG, PNG = "pdf", "docx", "odt", "tiff", "jpeg", "png"
EXTENSIONS = {PDF: {"pdf"}, TIFF: {"tif", "tiff"}, JPEG: {"jpg", "jpeg"}, PNG: {"png"}}
CONTENT_TYPES = {PDF: "application/pdf", TIFF: "image/tiff", JPEG: "image/jpeg", PNG: "image/png"}
# PDF features that run code or carry other files; a personnel document needs none of them.
ACTIVE_PDF = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|SubmitForm|ImportData)\b")
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Fingerprint:
    file_format: str
    size_bytes: int
    sha256: str
    pages: int


def _sniff(head):
    if head.startswith(b"%PDF-"):
        return PDF
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    return None


def _pdf_pages(fileobj):
    from pypdf import PdfReader

    return len(PdfReader(fileobj).pages)


def _image_pages(fileobj):
    from PIL import Image

    with Image.open(fileobj) as image:
        frames = getattr(image, "n_frames", 1)
        image.load()
    return frames


def inspect_file(fileobj, *, allowed, declared_name="", max_bytes):
    """Read `fileobj` (seekable) once: format, size, SHA-256, pages; ValidationError if it is refused."""
    fileobj.seek(0)
    digest, size, tail, active = hashlib.sha256(), 0, b"", False
    head = fileobj.read(16)
    fileobj.seek(0)
    file_format = _sniff(head)
    while chunk := fileobj.read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise ValidationError(_("The file is larger than the limit."), code="too_large")
        digest.update(chunk)
        if file_format == PDF and not active:
            active = ACTIVE_PDF.search(tail + chunk) is not None
            tail = chunk[-32:]
    if size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if file_format is None or file_format not in allowed:
        raise ValidationError(_("This kind of file is not accepted."), code="unsupported_format")
    extension = declared_name.rsplit(".", 1)[-1].lower() if "." in declared_name else ""
    if extension and extension not in EXTENSIONS.get(file_format, set()):
        raise ValidationError(_("The file's name does not match its content."), code="extension_mismatch")
    if active:
        raise ValidationError(
            _("The file contains active content (scripts, actions or attachments)."), code="active_content"
        )
    fileobj.seek(0)
    try:
        pages = _pdf_pages(fileobj) if file_format == PDF else _image_pages(fileobj)
    except Exception as error:  # Any parser failure means the same thing to the person: unreadable.
        raise ValidationError(_("The file cannot be read."), code="unreadable") from error
    finally:
        fileobj.seek(0)
    return Fingerprint(file_format=file_format, size_bytes=size, sha256=digest.hexdigest(), pages=pages)
