"""Uploaded files, checked by what they contain on the way in and sent as downloads on the way out.

from uploads import checked_upload, inspect_file, PDF, DOCUMENTS
found = inspect_file(fileobj, allowed=DOCUMENTS, declared_name="form.pdf", max_bytes=10 * 2**20)
found.file_format, found.size_bytes, found.sha256, found.pages
"""

from uploads.downloads import attachment
from uploads.formats import DOCUMENTS, DOCX, FORMATS, IMAGES, JPEG, ODT, PDF, PNG, TIFF, choices
from uploads.inspection import Fingerprint, checked_upload, inspect_file

__all__ = [
    "DOCUMENTS",
    "DOCX",
    "FORMATS",
    "IMAGES",
    "JPEG",
    "ODT",
    "PDF",
    "PNG",
    "TIFF",
    "Fingerprint",
    "attachment",
    "checked_upload",
    "choices",
    "inspect_file",
]
