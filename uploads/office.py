"""Word (DOCX) and OpenDocument (ODT) checks, decided by what the package declares about its parts
([Content_Types].xml and the relationship parts; META-INF/manifest.xml) and by what the parts contain,
never by their names alone: a macro project renamed to image1.png is still refused.

XML is read with the standard library: expat (2.4.1 and later) refuses entity expansion bombs and
ElementTree never fetches external entities. Every part is read through a size limit, so a small archive
that inflates to gigabytes stops early.
"""

import posixpath
import re
import zipfile
from xml.etree import ElementTree

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: VBA project, OLE object, ActiveX binary
MAX_PARTS = 5000
MAX_PART_BYTES = 64 * 1024 * 1024

CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELATIONSHIPS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
RELATIONSHIPS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
# Content types (lower case) of parts that hold code, controls or foreign objects.
REFUSED_CONTENT_TYPE_WORDS = ("vbaproject", "vbadata", "macroenabled", "activex", "oleobject", "keymapcustom")
REFUSED_CONTENT_TYPES = {"application/vnd.openxmlformats-officedocument.package"}  # an embedded document
# Relationship types (their last segment) that load code, controls or foreign objects.
REFUSED_RELATIONSHIPS = {
    "vbaproject",
    "vbaprojectsignature",
    "wordvbadata",
    "keymapcustomizations",
    "oleobject",
    "control",
    "activexcontrol",
    "activexcontrolbinary",
    "package",
}
SAFE_LINK = re.compile(r"^(https?://|mailto:|tel:|#)", re.IGNORECASE)

ODT_MIME = "application/vnd.oasis.opendocument.text"
MANIFEST_NS = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
OFFICE_NS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
SCRIPT_NS = "{urn:oasis:names:tc:opendocument:xmlns:script:1.0}"
DRAW_NS = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# Elements that run macros, embed or link another program's object, or pull in content from elsewhere.
ODF_REFUSED_ELEMENTS = {
    f"{OFFICE_NS}scripts",
    f"{OFFICE_NS}script",
    f"{OFFICE_NS}event-listeners",
    f"{OFFICE_NS}dde-source",
    f"{DRAW_NS}object",
    f"{DRAW_NS}object-ole",
    f"{DRAW_NS}applet",
    f"{DRAW_NS}plugin",
    f"{DRAW_NS}floating-frame",
    f"{TEXT_NS}dde-connection",
    f"{TEXT_NS}dde-connection-decl",
    f"{TEXT_NS}section-source",
}
# Folders where office suites look for a document's macros (StarBasic, and scripts in other languages).
ODF_MACRO_FOLDERS = ("basic/", "scripts/")


class Unreadable(Exception):
    """The archive cannot be read as the document it claims to be."""


def sniff_package(stream):
    """DOCX or ODT (the format keys) when the archive is one by its own declarations, else None."""
    with zipfile.ZipFile(stream) as archive:
        names = set(archive.namelist())
        small_mimetype = "mimetype" in names and archive.getinfo("mimetype").file_size < 200
        if small_mimetype and _read(archive, "mimetype").strip() == ODT_MIME.encode():
            return "odt"
        if "[Content_Types].xml" in names and _word_main_part(archive, _content_types(archive)):
            return "docx"
    return None


def docx_active_content(stream):
    """What makes a Word document active (macros, controls, OLE objects, external links), or None."""
    with zipfile.ZipFile(stream) as archive:
        _check_part_count(archive)
        types = _content_types(archive)
        main = _word_main_part(archive, types)
        if main is None:
            raise Unreadable("no main document part")
        if "macroenabled" in types(main).lower():
            return "macro-enabled document"
        for info in archive.infolist():
            if info.is_dir():
                continue
            content_type = types(info.filename).lower()
            if content_type in REFUSED_CONTENT_TYPES or any(
                w in content_type for w in REFUSED_CONTENT_TYPE_WORDS
            ):
                return f"part of type {content_type}"
            if _read(archive, info.filename, 8) == OLE_MAGIC:
                return f"compound file {info.filename}"
            if content_type == RELATIONSHIPS_TYPE or info.filename.endswith(".rels"):
                reason = _refused_relationship(archive, info.filename)
                if reason:
                    return reason
    return None


def odt_active_content(stream):
    """What makes an OpenDocument text active (macros, embedded or linked objects, DDE), or None."""
    with zipfile.ZipFile(stream) as archive:
        _check_part_count(archive)
        names = archive.namelist()
        if "META-INF/manifest.xml" not in names:
            raise Unreadable("no manifest")
        manifest = ElementTree.fromstring(_read(archive, "META-INF/manifest.xml"))
        for entry in manifest.iter(f"{MANIFEST_NS}file-entry"):
            path = entry.get(f"{MANIFEST_NS}full-path", "")
            media_type = entry.get(f"{MANIFEST_NS}media-type", "").lower()
            if path != "/" and (
                media_type.startswith("application/vnd.oasis.opendocument.") or "ole" in media_type
            ):
                return f"embedded object {path}"
        for name in names:
            if name.lower().startswith(ODF_MACRO_FOLDERS):
                return f"macro {name}"
            if _read(archive, name, 8) == OLE_MAGIC:
                return f"compound file {name}"
            if name.endswith(".xml"):
                reason = _refused_odf_xml(archive, name)
                if reason:
                    return reason
    return None


def _check_part_count(archive):
    if len(archive.infolist()) > MAX_PARTS:
        raise Unreadable("too many parts")


def _read(archive, name, size=None):
    """At most `size` bytes of a part (all of it when no size is given, up to MAX_PART_BYTES)."""
    limit = MAX_PART_BYTES if size is None else size
    with archive.open(name) as part:
        data = part.read(limit + (1 if size is None else 0))
    if size is None and len(data) > limit:
        raise Unreadable(f"part {name} is too large")
    return data


def _content_types(archive):
    """A function giving each part's declared content type ('' when it declares none)."""
    root = ElementTree.fromstring(_read(archive, "[Content_Types].xml"))
    defaults = {
        item.get("Extension", "").lower(): item.get("ContentType", "")
        for item in root.iter(f"{CONTENT_TYPES_NS}Default")
    }
    overrides = {
        item.get("PartName", "").lower(): item.get("ContentType", "")
        for item in root.iter(f"{CONTENT_TYPES_NS}Override")
    }

    def content_type(name):
        part_name = "/" + name.lstrip("/")
        if part_name.lower() in overrides:
            return overrides[part_name.lower()]
        return defaults.get(posixpath.splitext(name)[1].lstrip(".").lower(), "")

    return content_type


def _relationships(archive, rels_name):
    root = ElementTree.fromstring(_read(archive, rels_name))
    return list(root.iter(f"{RELATIONSHIPS_NS}Relationship"))


def _word_main_part(archive, types):
    """The name of the main document part that _rels/.rels points to, if it is a Word document."""
    if "_rels/.rels" not in archive.namelist():
        return None
    for relationship in _relationships(archive, "_rels/.rels"):
        if relationship.get("Type", "").rsplit("/", 1)[-1] != "officeDocument":
            continue
        target = posixpath.normpath(relationship.get("Target", "").lstrip("/"))
        if target in archive.namelist() and types(target) in WORD_MAIN_TYPES:
            return target
    return None


def _refused_relationship(archive, rels_name):
    for relationship in _relationships(archive, rels_name):
        kind = relationship.get("Type", "").rsplit("/", 1)[-1].lower()
        if kind in REFUSED_RELATIONSHIPS:
            return f"relationship {kind} in {rels_name}"
        # A hyperlink the reader clicks is ordinary; anything else external is fetched by Word on its
        # own (a remote template, a linked object or picture, a frame).
        external = relationship.get("TargetMode", "").lower() == "external"
        if external and (kind != "hyperlink" or not SAFE_LINK.match(relationship.get("Target", "").strip())):
            return f"external {kind} relationship in {rels_name}"
    return None


def _refused_odf_xml(archive, name):
    with archive.open(name) as part:
        for _event, element in ElementTree.iterparse(_Limited(part, MAX_PART_BYTES, name)):
            if element.tag in ODF_REFUSED_ELEMENTS or element.tag.startswith(SCRIPT_NS):
                return f"{element.tag} in {name}"
            href = element.get(XLINK_HREF)
            if href and element.tag in {f"{TEXT_NS}a", f"{DRAW_NS}a"}:
                if not SAFE_LINK.match(href.strip()):
                    return f"link to {href[:40]} in {name}"
            elif href and not _inside_package(href):
                return f"linked content {href[:40]} in {name}"
            element.clear()
    return None


def _inside_package(href):
    """Whether a reference names a part of this package (not a URL, an absolute or a parent path)."""
    href = href.strip()
    first = href.split("/", 1)[0]
    return not (":" in first or href.startswith(("/", "\\")) or ".." in href.split("/"))


class _Limited:
    """A file-like reader that refuses to give more than `limit` bytes in total."""

    def __init__(self, stream, limit, name):
        self.stream, self.left, self.name = stream, limit, name

    def read(self, size=-1):
        data = self.stream.read(65536 if size is None or size < 0 else min(size, 65536))
        self.left -= len(data)
        if self.left < 0:
            raise Unreadable(f"part {self.name} is too large")
        return data
