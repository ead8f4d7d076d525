"""Scan-like stacks made from sheets Isôko prints: rasterised (pdftoppm), with scanner noise and skew, then
joined into one PDF of JPEG pages as a document feeder writes it."""

import io
import subprocess
import tempfile
from pathlib import Path

import img2pdf
import numpy as np
from fpdf import FPDF
from PIL import Image

from scanning.sheets import sheets_pdf


def rasterise(pdf_bytes, ppi):
    """Each page of a PDF as a greyscale image at `ppi`."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "in.pdf")
        source.write_bytes(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", str(ppi), "-gray", "-png", source, Path(folder, "p")], check=True)
        return [Image.open(path).convert("L") for path in sorted(Path(folder).glob("p-*.png"))]


def text_page(lines, ppi):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return rasterise(bytes(pdf.output()), ppi)[0]


def blank_page(ppi):
    return Image.new("L", (round(8.27 * ppi), round(11.69 * ppi)), 250)


def scanned(image, *, skew=0.0, turn=0, noise=10, seed=0):
    """As a scanner gives it: slightly turned, with speckle."""
    if turn:
        image = image.rotate(turn, expand=True)
    if skew:
        image = image.rotate(skew, resample=Image.BILINEAR, fillcolor=250)
    if noise:
        values = np.asarray(image, dtype=np.int16)
        values = values + np.random.default_rng(seed).normal(0, noise, values.shape).astype(np.int16)
        image = Image.fromarray(np.clip(values, 0, 255).astype(np.uint8))
    return image


def stack_pdf(images, ppi):
    """One PDF, one JPEG per page, as a scanner's document feeder writes it."""
    jpegs = []
    for image in images:
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=80, dpi=(ppi, ppi))
        jpegs.append(out.getvalue())
    return img2pdf.convert(jpegs)


def sheet_images(servants, ppi, document_types=None):
    """{"cover:<matricule>": image, "sep:<type code>": image} printed by Isôko and rasterised."""
    servants = list(servants)
    pages = rasterise(sheets_pdf(servants, document_types), ppi)
    names = [f"cover:{s.matricule}" for s in servants]
    from archive.models import DocumentType

    types = list(DocumentType.objects.all() if document_types is None else document_types)
    names += [f"sep:{t.code}" for t in types]
    return dict(zip(names, pages, strict=True))


def damage_code(image, which="top"):
    """Scribble over one of a sheet's two QR codes (a stain, a staple)."""
    image = image.copy()
    width, height = image.size
    box = (
        (int(width * 0.70), int(height * 0.02), int(width * 0.98), int(height * 0.2))
        if which == "top"
        else (int(width * 0.02), int(height * 0.8), int(width * 0.3), int(height * 0.98))
    )
    patch = Image.new("L", (box[2] - box[0], box[3] - box[1]), 0)
    image.paste(patch, box[:2])
    return image
