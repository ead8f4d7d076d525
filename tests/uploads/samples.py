"""Small real documents for upload tests, built the way office suites and PDF writers lay them out."""

import io
import zipfile

import pikepdf
from PIL import Image

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
ODT_MIME = "application/vnd.oasis.opendocument.text"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def pdf_bytes(*, catalog=None, object_streams=False, extra_page_text=b""):
    """A one-page PDF; `catalog` entries (a function given the Pdf, returning a dict) are added to its
    catalogue, and with object_streams every object that can be is compressed into an object stream."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    if extra_page_text:
        pdf.pages[0].Contents = pdf.make_stream(extra_page_text)
    for key, value in (catalog(pdf) if catalog else {}).items():
        pdf.Root[key] = value
    buffer = io.BytesIO()
    mode = pikepdf.ObjectStreamMode.generate if object_streams else pikepdf.ObjectStreamMode.disable
    pdf.save(buffer, static_id=True, object_stream_mode=mode, compress_streams=object_streams)
    return buffer.getvalue()


def content_types(*overrides, defaults=()):
    rows = [
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        *(f'<Default Extension="{ext}" ContentType="{ctype}"/>' for ext, ctype in defaults),
        f'<Override PartName="/word/document.xml" ContentType="{WORD_MAIN}"/>',
        *(f'<Override PartName="{name}" ContentType="{ctype}"/>' for name, ctype in overrides),
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(rows)
        + "</Types>"
    )


def relationships(*rows):
    external_mode = ' TargetMode="External"'
    body = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"{external_mode if external else ""}/>'
        for i, (kind, target, external) in enumerate(rows, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + body
        + "</Relationships>"
    )


def docx_bytes(*, parts=(), types=None, document_rels=()):
    """A Word document with one paragraph; `parts` are extra (name, bytes) members, `types` a
    [Content_Types].xml to use instead of the plain one, `document_rels` (type, target, external)
    relationships of the main document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types or content_types())
        archive.writestr("_rels/.rels", relationships((f"{REL}/officeDocument", "word/document.xml", False)))
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>Urupapuro</w:t></w:r></w:p></w:body></w:document>",
        )
        if document_rels:
            archive.writestr("word/_rels/document.xml.rels", relationships(*document_rels))
        for name, content in parts:
            archive.writestr(name, content)
    return buffer.getvalue()


def odt_bytes(*, body="<text:p>Urupapuro</text:p>", manifest_entries=(), parts=()):
    """An OpenDocument text; `manifest_entries` are extra (full-path, media-type) rows of the manifest
    and `parts` extra (name, bytes) members."""
    entries = [("/", ODT_MIME), ("content.xml", "text/xml"), *manifest_entries]
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        + "".join(
            f'<manifest:file-entry manifest:full-path="{p}" manifest:media-type="{t}"/>' for p, t in entries
        )
        + "</manifest:manifest>"
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
        ' xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), ODT_MIME
        )  # stored first and uncompressed, as the spec says
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
        for name, data in parts:
            archive.writestr(name, data)
    return buffer.getvalue()


def image_bytes(image_format, *, pages=1, size=(40, 60)):
    """A blank scanned page (or several, for TIFF) in the given Pillow format."""
    frames = [Image.new("L", size, color=255 - 10 * i) for i in range(pages)]
    buffer = io.BytesIO()
    frames[0].save(buffer, image_format, save_all=pages > 1, append_images=frames[1:])
    return buffer.getvalue()
