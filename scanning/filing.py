"""Filing a document cut from a stack, through the archive's own ingest path (archive.ingest.store): the
same storage, checksums, viewing-copy format and OCR queue as a batch ingest.

Its original is its pages copied out of the scanned file as they are (a PDF's page objects, a TIFF's
frames losslessly), never turned or cleaned; its viewing copy is a PDF/A whose pages are turned upright
and straightened. The scanned file itself stays, unchanged, with its batch.
"""

import hashlib
import io
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils import timezone
from PIL import Image

from archive.ingest.store import pdfa, store_document
from audit.models import AuditEvent, record
from scanning.models import ScanDocument, ScanPage
from uploads import PDF, TIFF, Fingerprint

STRAIGHTEN_FROM = 0.3  # degrees


@dataclass
class _Row:
    """What archive.ingest.store.store_document reads of a manifest row."""

    servant_id: int
    type_id: int
    act_date: date
    title: str
    reference: str
    content_sha256: str
    files: list
    fingerprints: list = field(default_factory=list)


class _Memory:
    """A batch source of one file held in memory (a document's original, a few MB at most)."""

    def __init__(self, files):
        self.files = files

    @contextmanager
    def open(self, name):
        yield io.BytesIO(self.files[name])


def file_document(scan_document, scan_path, *, actor=None):
    """Store one checked document in its dossier (once: a second call does nothing)."""
    batch = scan_document.batch
    pages = list(scan_document.pages.filter(state=ScanPage.State.IN_DOCUMENT).order_by("position", "number"))
    if not pages or scan_document.document_id:
        return None
    original, file_format = _original(scan_path, batch.file_format, [p.source_index for p in pages])
    viewing = pdfa(_viewing_pdf(scan_path, batch.file_format, pages), title=str(scan_document.document_type))
    sha256 = hashlib.sha256(original).hexdigest()
    name = f"{scan_document.document_type.code}.{'pdf' if file_format == PDF else 'tif'}"
    row = _Row(
        servant_id=scan_document.servant_id,
        type_id=scan_document.document_type_id,
        act_date=scan_document.act_date or timezone.localdate(batch.received_at),
        title=(scan_document.title or str(scan_document.document_type))[:300],
        reference=scan_document.reference,
        content_sha256=sha256,
        files=[name],
        fingerprints=[Fingerprint(file_format, len(original), sha256, len(pages))],
    )
    with transaction.atomic():
        locked = ScanDocument.objects.select_for_update().get(pk=scan_document.pk)
        if locked.document_id:  # filed meanwhile by another run of this batch
            return None
        document = store_document(row, _Memory({name: original}), None, viewing_copy=viewing)
        locked.document, locked.filed_at = document, timezone.now()
        locked.save(update_fields=["document", "filed_at"])
        record(
            AuditEvent.Action.CREATE,
            actor=actor,
            target=document,
            role="scanning",
            batch=str(batch.public_id),
            pages=[p.number for p in pages],
        )
    scan_document.document, scan_document.filed_at = document, locked.filed_at
    return document


def _original(scan_path, file_format, indexes):
    """The document's pages copied out of the scanned file, as they are."""
    if file_format == PDF:
        import pikepdf

        with pikepdf.open(scan_path) as stack, pikepdf.new() as part:
            for index in indexes:
                part.pages.append(stack.pages[index])
            out = io.BytesIO()
            part.save(out, deterministic_id=True)
        return out.getvalue(), PDF
    frames = []
    with Image.open(scan_path) as image:
        for index in indexes:
            image.seek(index)
            frames.append(image.copy())
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate")
    return out.getvalue(), TIFF


def _viewing_pdf(scan_path, file_format, pages):
    """The pages as the scan has them (a scanner's JPEG kept as it is), each turned upright with the
    page's /Rotate and straightened by a rotation of its drawing: nothing decoded or encoded again."""
    import img2pdf
    import pikepdf

    if file_format == PDF:
        with pikepdf.open(scan_path) as stack:
            images = [_pdf_page_image(stack, page) for page in pages]
    else:
        with Image.open(scan_path) as stack:
            images = []
            for page in pages:
                stack.seek(page.source_index)
                images.append(_encoded(stack.copy(), page.ppi))
    with pikepdf.open(io.BytesIO(img2pdf.convert(images))) as pdf:
        for pdf_page, page in zip(pdf.pages, pages, strict=True):
            if page.rotation:
                pdf_page.Rotate = page.rotation
            if abs(page.skew) >= STRAIGHTEN_FROM:
                _straighten(pdf, pdf_page, page.skew)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _straighten(pdf, pdf_page, skew):
    """Draw the page turned back by `skew` degrees about its centre (PDF angles, like Pillow's, turn
    counter-clockwise; the scan is turned `skew` counter-clockwise)."""
    import math

    import pikepdf

    box = [float(v) for v in pdf_page.mediabox]
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    angle = math.radians(-skew)
    cos, sin = math.cos(angle), math.sin(angle)
    matrix = (cos, sin, -sin, cos, cx - cx * cos + cy * sin, cy - cx * sin - cy * cos)
    start = "q " + " ".join(f"{v:.6f}" for v in matrix) + " cm\n"
    pdf_page.contents_add(pikepdf.Stream(pdf, start.encode()), prepend=True)
    pdf_page.contents_add(pikepdf.Stream(pdf, b"\nQ"))


def _pdf_page_image(stack, page):
    """The page's embedded JPEG as it is, else its decoded image encoded without loss."""
    import pikepdf

    embedded = pikepdf.PdfImage(next(iter(stack.pages[page.source_index].get_images().values())))
    if embedded.filters == ["/DCTDecode"]:
        return embedded.obj.read_raw_bytes()
    return _encoded(embedded.as_pil_image(), page.ppi)


def _encoded(image, ppi):
    """PNG (lossless) of a decoded page, at its resolution."""
    if image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB" if "A" in image.mode or image.mode == "P" else "L")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(ppi or 300, ppi or 300))
    return out.getvalue()
