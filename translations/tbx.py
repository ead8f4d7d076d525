"""The glossary as TBX-Basic, the TBX dialect of the 2008 standard (ISO 30042:2008, "TBX 2"):
`<martif type="TBX-Basic">` with its `<martifHeader><fileDesc>`, one `<termEntry>` a term, one
`<langSet>` a language (French first, then Kirundi and English), each with its definition and its
terms in `<tig>`s. The abbreviation (the same in every language) is a second term of each language,
marked `<termNote type="termType">abbreviation</termNote>`, the full term `fullForm`.

Why the 2008 dialect and not TBX v3 (`<tbx>`, ISO 30042:2019): translate-toolkit, Weblate and most
translation tools read `martif` files, and TBX-Basic 2008 has a published structure DTD and data
category file (tests/standards/tbx-basic-2008/, which the tests validate the export with).

Reading takes what we write, TBX-Basic and TBX 2008 files from other tools (translate-toolkit writes
one `tig` per language), and TBX v3 files (`conceptEntry`, `langSec`, `termSec`, in the ISO namespace).
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE = '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">'
WRITTEN_ORDER = ("fr", "rn", "en")  # French first: terms are matched by it, and tools take it as source
ENTRIES = {"termEntry", "conceptEntry"}
LANGUAGE_SETS = {"langSet", "langSec"}
TERM_GROUPS = {"tig", "ntig", "termSec"}
ABBREVIATED = {"abbreviation", "acronym"}
# Three-letter codes other tools write for our languages.
LANGUAGE_CODES = {"run": "rn", "fra": "fr", "fre": "fr", "eng": "en"}


def _sub(parent, tag, text=None, **attributes):
    element = etree.SubElement(parent, tag, **attributes)
    if text is not None:
        element.text = text
    return element


def _header(root):
    header = _sub(root, "martifHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", "Isôko glossary")
    made = f"Isôko, Government of Burundi: terms of the public-services portal, {timezone.now():%Y-%m-%d}."
    _sub(_sub(file_desc, "sourceDesc"), "p", made)
    # The data categories used are TBX-Basic's own (its XCS file), none added.
    _sub(_sub(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")


def _language_set(entry, row, code):
    term, definition = row[f"term_{code}"], row[f"definition_{code}"]
    if not term:
        if definition:  # a langSet needs a term: the definition then stands at the entry's level
            first_language = next((child for child in entry if child.tag == "langSet"), None)
            descrip = etree.Element("descrip", type="definition")
            descrip.text = definition
            descrip.set(XML_LANG, code)
            if first_language is None:
                entry.append(descrip)
            else:  # before every langSet, as the structure DTD wants
                first_language.addprevious(descrip)
        return
    lang_set = _sub(entry, "langSet")
    lang_set.set(XML_LANG, code)
    if definition:
        _sub(lang_set, "descrip", definition, type="definition")
    tig = _sub(lang_set, "tig")
    _sub(tig, "term", term)
    if row["abbreviation"]:
        _sub(tig, "termNote", "fullForm", type="termType")
        abbreviated = _sub(lang_set, "tig")
        _sub(abbreviated, "term", row["abbreviation"])
        _sub(abbreviated, "termNote", "abbreviation", type="termType")


def write(rows, languages):
    """TBX-Basic (2008) bytes for glossary rows (dicts of term_<code>, definition_<code>, abbreviation,
    note, and `id`)."""
    root = etree.Element("martif", type="TBX-Basic")
    root.set(XML_LANG, "fr")
    _header(root)
    body = _sub(_sub(root, "text"), "body")
    codes = [c for c in WRITTEN_ORDER if c in languages] + [c for c in languages if c not in WRITTEN_ORDER]
    for row in rows:
        entry = _sub(body, "termEntry", id=f"term-{row['id']}")
        if row["note"]:
            _sub(entry, "note", row["note"])
        for code in codes:
            _language_set(entry, row, code)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True, doctype=DOCTYPE)


def _name(element):
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _text(element):
    return " ".join("".join(element.itertext()).split())


def _code(element):
    code = (element.get(XML_LANG) or "").split("-")[0].lower()
    return LANGUAGE_CODES.get(code, code)


def _definition(container):
    """The first definition among a container's own children (or in their descripGrp)."""
    for child in container:
        if _name(child) == "descripGrp":
            child = next((c for c in child if _name(c) == "descrip"), child)
        if _name(child) == "descrip" and child.get("type") == "definition":
            return _text(child)
    return ""


def _terms(lang_set):
    """(term, termType) of each term group of a language set, in order."""
    for group in lang_set.iter():
        if _name(group) in TERM_GROUPS:
            term = next((_text(e) for e in group.iter() if _name(e) == "term"), "")
            kind = next(
                (_text(e) for e in group.iter() if _name(e) == "termNote" and e.get("type") == "termType"), ""
            )
            yield term, kind


def _entry_row(entry, columns):
    row = dict.fromkeys(columns, "")
    for child in entry:
        if _name(child) == "note" and not row["note"]:
            row["note"] = _text(child)
        elif _name(child) in {"descrip", "descripGrp"} and f"definition_{_code(child)}" in row:
            row[f"definition_{_code(child)}"] = _definition([child])
    for lang_set in (child for child in entry if _name(child) in LANGUAGE_SETS):
        code = _code(lang_set)
        if f"definition_{code}" in row and (definition := _definition(lang_set)):
            row[f"definition_{code}"] = definition
        for term, kind in _terms(lang_set):
            if kind in ABBREVIATED:
                row["abbreviation"] = row["abbreviation"] or term
            elif f"term_{code}" in row and not row[f"term_{code}"]:
                row[f"term_{code}"] = term
    return row


def read(content, columns):
    """Rows of a TBX file (2008 `martif` or v3 `tbx`); a ValidationError says what is wrong."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as error:
        raise ValidationError(_("This TBX file cannot be read: %(error)s") % {"error": error}) from error
    return [_entry_row(entry, columns) for entry in root.iter() if _name(entry) in ENTRIES]
