"""The glossary as a file: CSV (one term a line) or TBX (ISO 30042, one <termEntry> a term).

Reading refuses the whole file on the first line it cannot use; nothing is then changed."""

import csv
import io

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from lxml import etree

from audit.models import AuditEvent, record
from translations.models import GlossaryTerm
from translations.state import languages
from uploads.spreadsheets import SpreadsheetDictWriter, restored

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def columns():
    codes = languages()
    return [*(f"term_{c}" for c in codes), "abbreviation", *(f"definition_{c}" for c in codes), "note"]


def _rows():
    return [{name: getattr(term, name) or "" for name in columns()} for term in GlossaryTerm.objects.all()]


def write_csv():
    out = io.StringIO()
    writer = SpreadsheetDictWriter(out, fieldnames=columns())  # no formulas in cells (issue 23, trust)
    writer.writeheader()
    writer.writerows(_rows())
    return out.getvalue().encode("utf-8")


def write_tbx():
    root = etree.Element("martif", type="TBX", nsmap=None)
    root.set(XML_LANG, "fr")
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for row in _rows():
        entry = etree.SubElement(body, "termEntry")
        if row["note"]:
            etree.SubElement(entry, "note").text = row["note"]
        for code in languages():
            if not (row[f"term_{code}"] or row[f"definition_{code}"]):
                continue
            lang_set = etree.SubElement(entry, "langSet")
            lang_set.set(XML_LANG, code)
            if row[f"definition_{code}"]:
                etree.SubElement(lang_set, "descrip", type="definition").text = row[f"definition_{code}"]
            if row[f"term_{code}"]:
                etree.SubElement(etree.SubElement(lang_set, "tig"), "term").text = row[f"term_{code}"]
        if row["abbreviation"]:
            lang_set = etree.SubElement(entry, "langSet")
            lang_set.set(XML_LANG, "fr")
            tig = etree.SubElement(lang_set, "tig")
            etree.SubElement(tig, "term").text = row["abbreviation"]
            etree.SubElement(tig, "termNote", type="termType").text = "abbreviation"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def read(content):
    """Rows of a CSV or TBX glossary file; a ValidationError says what is wrong."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("The glossary file must be UTF-8 text (CSV or TBX).")) from error
    rows = _read_tbx(content) if text.lstrip().startswith("<") else _read_csv(text)
    for number, row in enumerate(rows, start=1):
        if not row.get("term_fr"):
            raise ValidationError(_("Term %(number)d has no French term.") % {"number": number})
    return rows


def _read_csv(text):
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "term_fr" not in reader.fieldnames:
        raise ValidationError(_("The CSV file needs a header line with at least a term_fr column."))
    return [{name: restored((row.get(name) or "").strip()) for name in columns()} for row in reader]


def _read_tbx(content):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as error:
        raise ValidationError(_("This TBX file cannot be read: %(error)s") % {"error": error}) from error
    rows = []
    for entry in root.iter("termEntry"):
        row = dict.fromkeys(columns(), "")
        row["note"] = (entry.findtext("note") or "").strip()
        for lang_set in entry.iter("langSet"):
            code = lang_set.get(XML_LANG, "")
            for tig in lang_set.iter("tig"):
                term = (tig.findtext("term") or "").strip()
                if tig.findtext("termNote") == "abbreviation":
                    row["abbreviation"] = term
                elif f"term_{code}" in row:
                    row[f"term_{code}"] = term
            if f"definition_{code}" in row:
                row[f"definition_{code}"] = (lang_set.findtext("descrip") or "").strip()
        rows.append(row)
    return rows


@transaction.atomic
def import_rows(rows, *, user):
    """Add or update terms (matched by their French term); returns (added, updated)."""
    added = updated = 0
    for row in rows:
        term = GlossaryTerm.objects.filter(term_fr__iexact=row["term_fr"]).first() or GlossaryTerm()
        is_new = term.pk is None
        for name, value in row.items():
            setattr(term, name, value)
        term.full_clean()
        term.save()
        added, updated = added + is_new, updated + (not is_new)
    record(AuditEvent.Action.UPLOAD, actor=user, kind="glossary", added=added, updated=updated)
    return added, updated
