"""Recognising an uploaded form's format from its content, never from its name."""

import hashlib
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PDF = "pdf"
DOCX = "docx"
ODT = "odt"
FORMATS = {
    PDF: ("application/pdf", _("PDF")),
    DOCX: ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _("Word (DOCX)")),
    ODT: ("application/vnd.oasis.opendocument.text", _("OpenDocument text (ODT)")),
}


@dataclass(frozen=True)
class Fingerprint:
    file_format: str
    size_bytes: int
    sha256: str


def sniff_format(uploaded) -> str | None:
    """The format the bytes really are (pdf, docx, odt), or None for anything else."""
    uploaded.seek(0)
    head = uploaded.read(8)
    uploaded.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == FORMATS[ODT][0].encode():
                return ODT
            if "[Content_Types].xml" in names and "word/document.xml" in names:
                return DOCX
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    finally:
        uploaded.seek(0)
    return None


def fingerprint(uploaded, *, declared_name: str = "") -> Fingerprint:
    """Format, size and SHA-256 of an upload; ValidationError if it is not a PDF, DOCX or ODT file
    or if its content does not match the extension it was given."""
    file_format = sniff_format(uploaded)
    if file_format is None:
        raise ValidationError(
            _("This file is not a PDF, DOCX or ODT document. Upload the form in one of these formats."),
            code="unsupported_format",
        )
    extension = declared_name.rsplit(".", 1)[-1].lower() if "." in declared_name else ""
    if extension and extension != file_format:
        raise ValidationError(
            _(
                "The file is named .%(extension)s but its content is %(actual)s. Check that you chose the right file."
            ),
            code="extension_mismatch",
            params={"extension": extension, "actual": FORMATS[file_format][1]},
        )
    digest = hashlib.sha256()
    size = 0
    uploaded.seek(0)
    for chunk in iter(lambda: uploaded.read(64 * 1024), b""):
        digest.update(chunk)
        size += len(chunk)
    uploaded.seek(0)
    return Fingerprint(file_format=file_format, size_bytes=size, sha256=digest.hexdigest())
