"""Uploaded documents (forms, texts of laws): checked by their content, never by their name, on the
way in; sent as downloads on the way out."""

import hashlib
import re
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
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
            small_mimetype = "mimetype" in names and archive.getinfo("mimetype").file_size < 200
            if small_mimetype and archive.read("mimetype").strip() == FORMATS[ODT][0].encode():
                return ODT
            if "[Content_Types].xml" in names and "word/document.xml" in names:
                return DOCX
    except Exception:  # damaged, encrypted or oddly compressed archives are not forms we can accept
        return None
    finally:
        uploaded.seek(0)
    return None


# PDF names that make a document act by itself: run script, launch programs, send data, carry other
# files. (/OpenAction and /AA alone are harmless: they name what to show or do, and a dangerous action
# always names one of these.)
PDF_ACTIVE_CONTENT = (
    b"/JavaScript",
    b"/JS",
    b"/Launch",
    b"/EmbeddedFile",
    b"/EmbeddedFiles",
    b"/RichMedia",
    b"/XFA",
    b"/SubmitForm",
    b"/ImportData",
    b"/GoToE",
)


def active_content(uploaded, file_format) -> bool:
    """Whether a document carries script, macros or embedded files (a form must be plain paper)."""
    uploaded.seek(0)
    try:
        if file_format == PDF:
            data = uploaded.read()
            # Names may be written with #xx escapes (/J#61vaScript): undo them before looking.
            data = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), data)
            return any(re.search(re.escape(name) + rb"(?![A-Za-z])", data) for name in PDF_ACTIVE_CONTENT)
        with zipfile.ZipFile(uploaded) as archive:
            names = [name.lower() for name in archive.namelist()]
        if file_format == DOCX:
            return any(
                name.endswith(("vbaproject.bin", ".bin")) or "activex" in name or "embeddings/" in name
                for name in names
            )
        return any(
            name.startswith(("basic/", "scripts/")) or "object" in name.split("/")[0] for name in names
        )
    finally:
        uploaded.seek(0)


def fingerprint(uploaded, *, declared_name: str = "") -> Fingerprint:
    """Format, size and SHA-256 of an upload; ValidationError if it is not a PDF, DOCX or ODT file
    or if its content does not match the extension it was given."""
    file_format = sniff_format(uploaded)
    if file_format is None:
        raise ValidationError(
            _("This file is not a PDF, DOCX or ODT document. Upload it in one of these formats."),
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
    if active_content(uploaded, file_format):
        raise ValidationError(
            _(
                "This document contains scripts, macros or embedded files. Save it as a plain PDF, DOCX or ODT "
                "document without them, then upload it again."
            ),
            code="active_content",
        )
    digest = hashlib.sha256()
    size = 0
    uploaded.seek(0)
    for chunk in iter(lambda: uploaded.read(64 * 1024), b""):
        digest.update(chunk)
        size += len(chunk)
    uploaded.seek(0)
    return Fingerprint(file_format=file_format, size_bytes=size, sha256=digest.hexdigest())


def checked_upload(upload) -> Fingerprint:
    """The fingerprint of an acceptable upload; ValidationError if it is too large, not a PDF, DOCX or
    ODT document, named as another format, or carrying scripts, macros or embedded files."""
    if upload.size is not None and upload.size > settings.FORM_UPLOAD_MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(limit)s MB."),
            code="too_large",
            params={"limit": settings.FORM_UPLOAD_MAX_BYTES // (1024 * 1024)},
        )
    return fingerprint(upload, declared_name=upload.name or "")


def attachment(stored, *, filename, content_type, missing_message):
    """A stored document sent as a download under `filename`; Http404 saying `missing_message` when
    its file has gone from the storage."""
    try:
        handle = stored.open("rb")
    except FileNotFoundError as exc:
        raise Http404(missing_message) from exc
    response = FileResponse(handle, as_attachment=True, filename=filename)
    response["Content-Type"] = content_type
    return response
