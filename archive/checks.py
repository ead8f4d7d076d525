"""Start-up checks of the archive's configuration."""

from django.conf import settings
from django.core.checks import Warning, register


@register()
def ocr_tools(app_configs, **kwargs):
    """Say at start-up, not at the first scan, that OCR cannot run here."""
    if not settings.ARCHIVE_OCR_ON_INGEST:
        return []
    from archive.ocr import missing_tools

    missing = missing_tools()
    if not missing:
        return []
    return [
        Warning(
            f"OCR of scanned documents cannot run: not installed: {', '.join(missing)}.",
            hint="apt-get install ocrmypdf tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng "
            "(or set ARCHIVE_OCR_ON_INGEST=0). Scans are stored meanwhile; "
            "manage.py recognise_text queues them once the tools are there.",
            id="archive.W001",
        )
    ]
