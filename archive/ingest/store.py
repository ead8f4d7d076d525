"""Storing one validated document: originals as received, a PDF viewing copy for scans, the records — all or
nothing."""

import io

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from archive.models import Document, StoredFile, random_storage_name
from archive.storage import write_once
from archive.tasks import queue_recognition
from archive.text import fold
from uploads import FORMATS, PDF

# Text kept for search from a born-digital PDF: enough to find a decree by its words.
TEXT_PAGES = 20
TEXT_CHARS = 20_000


def store_document(row, source, batch, *, viewing_copy=None):
    """Create the Document and its StoredFiles for a validated manifest row (one transaction).

    `viewing_copy`: the PDF/A bytes of a viewing copy made by the caller (the scanning station's, with its
    pages turned upright and straightened); otherwise scans get one joined from their images."""
    with transaction.atomic():
        document = Document.objects.create(
            servant_id=row.servant_id,
            document_type_id=row.type_id,
            act_date=row.act_date,
            title=row.title[:300],
            reference=row.reference[:120],
            pages=sum(fp.pages for fp in row.fingerprints),
            content_sha256=row.content_sha256,
            batch=batch,
        )
        text = ""
        for position, (name, found) in enumerate(zip(row.files, row.fingerprints, strict=True), start=1):
            with source.open(name) as handle:
                storage_name = random_storage_name()
                sha256, size = write_once(storage_name, handle)
                if sha256 != found.sha256:
                    raise ValidationError("changed", code="changed_during_ingest", params={"name": name})
                if found.file_format == PDF:
                    handle.seek(0)
                    text = pdf_text(handle)
            StoredFile.objects.create(
                document=document,
                role=StoredFile.Role.ORIGINAL,
                position=position,
                storage_name=storage_name,
                original_name=name[:255],
                sha256=sha256,
                size_bytes=size,
                content_type=FORMATS[found.file_format][0],
                file_format=found.file_format,
            )
        if viewing_copy is not None:
            _store_viewing_pdf(document, viewing_copy)
        elif row.fingerprints[0].file_format != PDF:
            _store_viewing_copy(document, row, source)
        if text:
            document.search_text = fold(text)
            document.save(update_fields=["search_text"])
        if settings.ARCHIVE_OCR_ON_INGEST and (row.fingerprints[0].file_format != PDF or not text.strip()):
            queue_recognition(document)  # scans: a worker adds their text once this commits
    return document


def pdf_text(handle):
    """The first pages' text of a born-digital PDF ('' if it has none or cannot give it)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(handle)
        parts = []
        for page in reader.pages[:TEXT_PAGES]:
            parts.append(page.extract_text() or "")
            if sum(map(len, parts)) > TEXT_CHARS:
                break
        return " ".join(parts)[:TEXT_CHARS]
    except Exception:  # Text is a search aid: a PDF that gives none is still stored.
        return ""


def scans_to_pdf(handles):
    """One PDF/A-2b of the scanned pages, images embedded as they are (img2pdf: no re-encoding)."""
    return pdfa(_joined(handles))


def _joined(handles):
    import img2pdf

    images = [handle.read() for handle in handles]
    try:
        return img2pdf.convert(images)
    except Exception:  # Alpha channels, odd bit depths: flatten to RGB PNG, lossless still.
        from PIL import Image, ImageSequence

        flattened = []
        for data in images:
            with Image.open(io.BytesIO(data)) as image:
                for frame in ImageSequence.Iterator(image):
                    out = io.BytesIO()
                    frame.convert("RGB").save(out, format="PNG")
                    flattened.append(out.getvalue())
        return img2pdf.convert(flattened)


def _store_viewing_copy(document, row, source):
    from contextlib import ExitStack

    with ExitStack() as stack:
        handles = [stack.enter_context(source.open(name)) for name in row.files]
        pdf = scans_to_pdf(handles)
    _store_viewing_pdf(document, pdf)


def _store_viewing_pdf(document, pdf):
    storage_name = random_storage_name()
    sha256, size = write_once(storage_name, io.BytesIO(pdf))
    StoredFile.objects.create(
        document=document,
        role=StoredFile.Role.VIEWING,
        position=1,
        storage_name=storage_name,
        sha256=sha256,
        size_bytes=size,
        content_type="application/pdf",
        file_format=PDF,
    )


# --- PDF/A ----------------------------------------------------------------------------------------------
# Viewing copies are PDF/A-2b (ISO 19005-2, level B: the pages look the same in fifty years). Level 2 rather
# than 1: it is based on PDF 1.7, allows JPEG 2000 and the text layer OCRmyPDF adds later; level B because
# scans have no logical structure to tag (level A) and their text is added by OCR (level U needs it at
# once). What a scan's PDF needs for it: an sRGB output intent (an ICC profile, so DeviceGray and
# DeviceRGB images have a defined meaning), XMP metadata saying pdfaid part 2 conformance B and agreeing
# with the document information, a file identifier, and nothing PDF/A forbids (no encryption, no
# JavaScript, no transparency groups: img2pdf writes none).


def srgb_profile():
    """The sRGB ICC profile's bytes (littleCMS's, through Pillow)."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def pdfa(pdf_bytes, title="Isôko"):
    """The same pages as PDF/A-2b: output intent, XMP identification, file identifier."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        profile = pdf.make_stream(srgb_profile())
        profile.N = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
            Info=pikepdf.String("sRGB IEC61966-2.1"),
            DestOutputProfile=profile,
        )
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        # Nothing of the person in the metadata: viewing copies are read by whoever may read the file.
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            meta["dc:title"] = title
            meta["xmp:CreatorTool"] = "Isôko"
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=True, force_version="1.7", deterministic_id=True)
    return out.getvalue()
