"""The file formats Isôko accepts, each with its MIME type, the label people read and the extensions a
file of that format may be named with."""

from django.utils.translation import gettext_lazy as _

PDF = "pdf"
DOCX = "docx"
ODT = "odt"
TIFF = "tiff"
JPEG = "jpeg"
PNG = "png"

FORMATS = {
    PDF: ("application/pdf", _("PDF")),
    DOCX: ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _("Word (DOCX)")),
    ODT: ("application/vnd.oasis.opendocument.text", _("OpenDocument text (ODT)")),
    TIFF: ("image/tiff", _("TIFF image")),
    JPEG: ("image/jpeg", _("JPEG image")),
    PNG: ("image/png", _("PNG image")),
}

# Documents citizens download (forms, texts of laws), and scanned pages.
DOCUMENTS = (PDF, DOCX, ODT)
IMAGES = (TIFF, JPEG, PNG)

EXTENSIONS = {
    PDF: ("pdf",),
    DOCX: ("docx",),
    ODT: ("odt",),
    TIFF: ("tif", "tiff"),
    JPEG: ("jpg", "jpeg"),
    PNG: ("png",),
}


def choices(formats=None):
    """(key, label) pairs for a model field's choices."""
    return [(key, FORMATS[key][1]) for key in (formats or FORMATS)]
