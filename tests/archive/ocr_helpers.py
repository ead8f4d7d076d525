"""Scans with real words on them, for the OCR tests."""

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from archive.ocr import missing_tools

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Skipped only where OCRmyPDF or Tesseract (fra, eng) is not installed; CI (.ci/run) installs them.
needs_ocr_tools = pytest.mark.skipif(
    bool(missing_tools()),
    reason="OCRmyPDF/Tesseract not installed (apt-get install ocrmypdf tesseract-ocr-fra)",
)


def scan_with_words(*lines, kind="PNG", pages=1):
    """A page as a scanner gives it (A4 at 150 dpi, grey), with `lines` printed large enough to read."""
    try:
        font = ImageFont.truetype(FONT, 56)
    except OSError:
        font = ImageFont.load_default(size=56)
    images = []
    for _page in range(pages):
        image = Image.new("L", (1240, 1754), 245)
        draw = ImageDraw.Draw(image)
        for number, line in enumerate(lines):
            draw.text((120, 200 + number * 120), line, fill=10, font=font)
        images.append(image)
    out = io.BytesIO()
    if pages > 1:
        images[0].save(out, format="TIFF", save_all=True, append_images=images[1:], dpi=(150, 150))
    else:
        images[0].save(out, format=kind, dpi=(150, 150))
    return out.getvalue()
