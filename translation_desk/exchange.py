"""Translators' files: XLIFF 2 (translate-toolkit) and gettext PO (polib), written and read back.

Every unit's id is `app.model.pk.field:fingerprint`, the fingerprint being that of the source text
when the file was made (translations/state.py): an import checks it against the text as it is now.
A stale translation is sent with its current text as the target, marked for review (XLIFF state
"initial", PO "fuzzy"); the translator confirms it by marking it translated.
"""

from dataclasses import dataclass, field

import polib
from lxml import etree
from translate.storage import xliff2

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
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
    store = xliff2.Xliff2File(
        sourcelanguage=document.source_language, targetlanguage=document.target_language
    )
    for unit in document.units:
        xunit = store.addsourceunit(unit.source)
        xunit.setid(unit.id)
        if unit.target:
            xunit.target = unit.target
        segment = xunit.xmlelement  # translate-toolkit's unit is the <segment> inside the <unit>
        segment.set("state", "initial" if unit.needs_review or not unit.target else "translated")
        if unit.notes:
            # XLIFF 2 wants <notes> first in the <unit>, before its segments.
            notes = etree.Element(f"{{{XLIFF_NS}}}notes")
            for category, text in unit.notes:
                note = etree.SubElement(notes, f"{{{XLIFF_NS}}}note", category=category)
                note.text = text
            segment.getparent().insert(0, notes)
    return bytes(store)


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
    try:
        store = xliff2.Xliff2File.parsestring(content)
    except Exception as error:  # lxml and translate-toolkit raise several kinds for a broken file
        raise UnreadableFile(str(error)) from error
    units = []
    for xunit in store.units:
        state = xunit.xmlelement.get("state", "initial")
        units.append(
            Unit(
                id=xunit.getid() or "",
                source=str(xunit.source or ""),
                target=str(xunit.target or ""),
                needs_review=state not in CONFIRMED_STATES,
            )
        )
    return Document(store.getsourcelanguage() or "", store.gettargetlanguage() or "", units)


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
