"""Translators' files: XLIFF 2.0 (lxml) and gettext PO (polib), written and read back.

Every unit's id is `app.model.pk.field:fingerprint`, the fingerprint being that of the source text
when the file was made (translations/state.py): an import checks it against the text as it is now.
A stale translation is sent with its current text as the target, marked for review (XLIFF state
"initial", PO "fuzzy"); the translator confirms it by marking it translated.
"""

import re
from dataclasses import dataclass, field

import polib
from lxml import etree

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Characters XML 1.0 cannot hold, even escaped (XLIFF 2 writes them as <cp hex="…"/>).
NOT_XML = re.compile("([\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff])")
CONFIRMED_STATES = {"translated", "reviewed", "final"}


class UnreadableFile(ValueError):
    pass


@dataclass
class Unit:
    id: str
    source: str
    target: str = ""
    needs_review: bool = False  # on export: a stale translation; on import: not confirmed by the translator
    notes: list = field(default_factory=list)  # (category, text), for the translator


@dataclass
class Document:
    source_language: str
    target_language: str
    units: list


def write_xliff(document):
    """An XLIFF 2.0 file valid against the OASIS core schema (tests/standards/xliff).

    Written with lxml rather than translate-toolkit, whose writer puts `xml:space` on `<segment>` (the
    schema refuses it) and leaves a `<file>` with nothing to translate empty (it must hold a unit or a
    group). Spacing is kept by `xml:space="preserve"` on the `<file>`, where the schema allows it.
    """
    root = etree.Element(
        _x("xliff"),
        nsmap={None: XLIFF_NS},
        version="2.0",
        srcLang=document.source_language,
        trgLang=document.target_language,
    )
    file = etree.SubElement(root, _x("file"), id="f1")
    file.set(XML_SPACE, "preserve")
    for unit in document.units:
        file.append(_unit_element(unit))
    if not document.units:
        # Nothing to translate: an empty group, as the schema wants at least one unit or group.
        etree.SubElement(file, _x("group"), id="nothing-to-translate")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _x(name):
    return f"{{{XLIFF_NS}}}{name}"


def _unit_element(unit):
    element = etree.Element(_x("unit"), id=unit.id)
    if unit.notes:  # the schema wants <notes> first in the <unit>, before its segments
        notes = etree.SubElement(element, _x("notes"))
        for category, text in unit.notes:
            _set_text(etree.SubElement(notes, _x("note"), category=category), text)
    state = "initial" if unit.needs_review or not unit.target else "translated"
    segment = etree.SubElement(element, _x("segment"), state=state)
    _set_text(etree.SubElement(segment, _x("source")), unit.source)
    if unit.target:
        _set_text(etree.SubElement(segment, _x("target")), unit.target)
    return element


def _set_text(element, text):
    """Text into an element; characters XML cannot hold (control characters) become <cp hex="…"/>."""
    parts = NOT_XML.split(text)
    element.text = parts[0]
    for char, after in zip(parts[1::2], parts[2::2], strict=True):
        cp = etree.SubElement(element, _x("cp"), hex=f"{ord(char):04X}")
        cp.tail = after


def _text_of(element):
    """An element's text, with <cp> back as its character and other inline codes' text kept."""
    if element is None:
        return ""
    out = [element.text or ""]
    for child in element:
        if child.tag == _x("cp"):
            out.append(chr(int(child.get("hex"), 16)))
        else:
            out.append(_text_of(child))
        out.append(child.tail or "")
    return "".join(out)


def write_po(document):
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "Isôko catalogue",
        "Language": document.target_language,
        "X-Source-Language": document.source_language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for unit in document.units:
        entry = polib.POEntry(
            msgctxt=unit.id,
            msgid=unit.source,
            msgstr=unit.target,
            comment="\n".join(f"{category}: {text}" for category, text in unit.notes),
        )
        if unit.needs_review and unit.target:
            entry.flags.append("fuzzy")
        po.append(entry)
    return str(po).encode()


def read(content):
    """A translator's file (XLIFF 2 or PO, told apart by what it holds) as a Document."""
    if isinstance(content, bytes):
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise UnreadableFile("not UTF-8") from error
    else:
        text = content
    if text.lstrip().startswith("<"):
        return _read_xliff(text.encode())
    return _read_po(text)


def _read_xliff(content):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as error:
        raise UnreadableFile(str(error)) from error
    if root.tag != _x("xliff"):
        raise UnreadableFile("not an XLIFF 2 file")
    try:
        units = [_read_unit(element) for element in root.iter(_x("unit"))]
    except (TypeError, ValueError) as error:  # a <cp> whose hex is not a character
        raise UnreadableFile(str(error)) from error
    return Document(root.get("srcLang", ""), root.get("trgLang", ""), units)


def _read_unit(element):
    """A unit a translator's tool may have split into several segments (and ignorables): joined in
    order; an ignorable without a target (spacing between sentences) stands for itself in the target."""
    parts = [p for p in element if p.tag in (_x("segment"), _x("ignorable"))]
    source, target, translated = [], [], False
    for part in parts:
        text, translation = _text_of(part.find(_x("source"))), part.find(_x("target"))
        source.append(text)
        is_segment = part.tag == _x("segment")
        translated = translated or (is_segment and translation is not None)
        target.append(text if translation is None and not is_segment else _text_of(translation))
    return Unit(
        id=element.get("id", ""),
        source="".join(source),
        target="".join(target) if translated else "",
        needs_review=any(
            p.get("state", "initial") not in CONFIRMED_STATES for p in parts if p.tag == _x("segment")
        ),
    )


def _read_po(text):
    # polib takes a one-line string for a file name: an upload must never make it open a server file.
    if "\n" not in text.strip():
        raise UnreadableFile("not a PO file")
    try:
        po = polib.pofile(text)
    except (OSError, ValueError) as error:
        raise UnreadableFile(str(error)) from error
    units = [
        Unit(id=entry.msgctxt or "", source=entry.msgid, target=entry.msgstr, needs_review=entry.fuzzy)
        for entry in po
        if not entry.obsolete
    ]
    if not po.metadata.get("Language"):
        raise UnreadableFile("no Language header")
    return Document(po.metadata.get("X-Source-Language", ""), po.metadata["Language"], units)
