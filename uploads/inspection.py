"""One entry point for every uploaded file: `inspect_file` says what it really is (by parsing it, never by
its name or a byte search) or refuses it with a translated reason."""

import hashlib
import logging
import tempfile
import zipfile
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from uploads import clamav, images, office, pdf
from uploads.formats import DOCUMENTS, DOCX, EXTENSIONS, FORMATS, IMAGES, ODT, PDF

logger = logging.getLogger(__name__)
CHUNK = 64 * 1024
IN_MEMORY_BYTES = 4 * 1024 * 1024  # larger uploads are copied to a temporary file while checked

# zipfile's own complaints about an archive: encrypted members (RuntimeError), compression methods it
# does not know (NotImplementedError), truncated or lying headers (EOFError, OSError, ValueError).
_ARCHIVE_ERRORS = (RuntimeError, NotImplementedError, EOFError, OSError, ValueError, KeyError)


@dataclass(frozen=True)
class Fingerprint:
    """What an accepted file is: its format key, size, SHA-256 (hex) and number of pages (None when the
    format has no pages, as with DOCX and ODT)."""

    file_format: str
    size_bytes: int
    sha256: str
    pages: int | None = None


def inspect_file(fileobj, *, allowed, declared_name="", max_bytes) -> Fingerprint:
    """The fingerprint of an acceptable file, read once; ValidationError (codes too_large, empty,
    unsupported_format, extension_mismatch, active_content, unreadable, infected, scanner_unavailable)
    otherwise. A file over `max_bytes` is refused before it is read whole."""
    declared_size = getattr(fileobj, "size", None)
    if isinstance(declared_size, int) and declared_size > max_bytes:
        raise _too_large(max_bytes)
    with tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES) as copy:
        size, sha256 = _copy_at_most(fileobj, copy, max_bytes)
        if size == 0:
            raise ValidationError(_("This file is empty."), code="empty")
        file_format = _sniff(copy, allowed)
        if file_format is None:
            raise ValidationError(
                _("This file is not in an accepted format (%(formats)s). Upload it in one of these formats."),
                code="unsupported_format",
                params={"formats": ", ".join(key.upper() for key in allowed)},
            )
        _check_extension(declared_name, file_format, allowed)
        pages = _check_content(copy, file_format)
        copy.seek(0)
        clamav.scan(copy)
    return Fingerprint(file_format=file_format, size_bytes=size, sha256=sha256, pages=pages)


def checked_upload(upload, *, allowed=DOCUMENTS, max_bytes=None) -> Fingerprint:
    """inspect_file for a Django upload (an UploadedFile, or the FieldFile holding one), named as the
    person named it; the size limit defaults to the FORM_UPLOAD_MAX_BYTES setting."""
    limit = settings.FORM_UPLOAD_MAX_BYTES if max_bytes is None else max_bytes
    return inspect_file(upload, allowed=allowed, declared_name=upload.name or "", max_bytes=limit)


def _too_large(max_bytes):
    megabytes = max_bytes / (1024 * 1024)
    return ValidationError(
        _("The file is larger than %(limit)s MB."),
        code="too_large",
        params={"limit": f"{megabytes:g}" if megabytes >= 1 else f"{megabytes:.2g}"},
    )


def _copy_at_most(source, target, max_bytes):
    """Copy the source into target (size, sha256), refusing as soon as it passes max_bytes: a stream
    that announced no size, or a wrong one, is never read further than that."""
    if hasattr(source, "seek"):
        source.seek(0)
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(min(CHUNK, max_bytes + 1 - size)):
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        digest.update(chunk)
        target.write(chunk)
    if hasattr(source, "seek"):
        source.seek(0)  # the caller will store it
    target.seek(0)
    return size, digest.hexdigest()


def _sniff(copy, allowed):
    head = copy.read(8)
    copy.seek(0)
    found = None
    if head.startswith(b"%PDF-"):
        found = PDF
    elif head.startswith(b"PK\x03\x04") and {DOCX, ODT} & set(allowed):
        try:
            found = office.sniff_package(copy)
        except (zipfile.BadZipFile, office.Unreadable, ParseError, *_ARCHIVE_ERRORS):
            found = None
    elif set(IMAGES) & set(allowed):
        found = images.sniff_image(copy)
    copy.seek(0)
    return found if found in allowed else None


def _check_extension(declared_name, file_format, allowed):
    extension = declared_name.rsplit(".", 1)[-1].lower() if "." in declared_name else ""
    if extension and extension not in EXTENSIONS[file_format]:
        raise ValidationError(
            _(
                "The file is named .%(extension)s but its content is %(actual)s. Check that you chose the right file."
            ),
            code="extension_mismatch",
            params={"extension": extension, "actual": FORMATS[file_format][1]},
        )


UNREADABLE = {
    PDF: _(
        "This PDF cannot be read: it is damaged, protected by a password or not really a PDF. Open it and "
        "save or export it again as PDF, then upload the new file."
    ),
    DOCX: _("This Word document cannot be read: it is damaged. Open it and save it again as DOCX."),
    ODT: _("This OpenDocument file cannot be read: it is damaged. Open it and save it again as ODT."),
}
UNREADABLE_IMAGE = _(
    "This image cannot be read: it is damaged or too large once decoded. Scan the page again."
)
ACTIVE = _(
    "This document contains scripts, macros, embedded files or links that open by themselves. Save it as "
    "a plain %(format)s document without them, then upload it again."
)


def _check_content(copy, file_format):
    """The number of pages (None for word-processing files); ValidationError when the content is
    damaged or active."""
    pages, reason = None, None
    try:
        if file_format == PDF:
            pages, reason = pdf.inspect_pdf(copy)
        elif file_format == DOCX:
            reason = office.docx_active_content(copy)
        elif file_format == ODT:
            reason = office.odt_active_content(copy)
        else:
            pages = images.image_pages(copy, file_format)
    except (
        pdf.Unreadable,
        office.Unreadable,
        images.Unreadable,
        zipfile.BadZipFile,
        ParseError,
        *_ARCHIVE_ERRORS,
    ) as exc:
        logger.info("upload refused as unreadable %s: %s", file_format, exc)
        raise ValidationError(UNREADABLE.get(file_format, UNREADABLE_IMAGE), code="unreadable") from exc
    if reason:
        logger.info("upload refused as active %s: %s", file_format, reason)
        raise ValidationError(ACTIVE, code="active_content", params={"format": FORMATS[file_format][1]})
    return pages
