"""The glossary as a file: CSV (one term a line) or TBX-Basic (ISO 30042:2008, translations/tbx.py).

Reading refuses the whole file on the first line it cannot use; nothing is then changed."""

import csv
import io

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from audit.models import AuditEvent, record
from translations import tbx
from translations.models import GlossaryTerm
from translations.state import languages
from uploads.spreadsheets import SpreadsheetDictWriter, restored


def columns():
    codes = languages()
    return [*(f"term_{c}" for c in codes), "abbreviation", *(f"definition_{c}" for c in codes), "note"]


def _rows():
    names = columns()
    return [{name: getattr(term, name) or "" for name in names} for term in GlossaryTerm.objects.all()]


def write_csv():
    out = io.StringIO()
    writer = SpreadsheetDictWriter(out, fieldnames=columns())  # no formulas in cells (issue 23, trust)
    writer.writeheader()
    writer.writerows(_rows())
    return out.getvalue().encode("utf-8")


def write_tbx():
    """TBX-Basic (ISO 30042:2008): French, Kirundi and English terms, definitions and abbreviations."""
    terms = GlossaryTerm.objects.all()
    rows = [{"id": term.pk, **{name: getattr(term, name) or "" for name in columns()}} for term in terms]
    return tbx.write(rows, languages())


def read(content):
    """Rows of a CSV or TBX glossary file; a ValidationError says what is wrong."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("The glossary file must be UTF-8 text (CSV or TBX).")) from error
    rows = tbx.read(content, columns()) if text.lstrip().startswith("<") else _read_csv(text)
    for number, row in enumerate(rows, start=1):
        if not row.get("term_fr"):
            raise ValidationError(_("Term %(number)d has no French term.") % {"number": number})
    return rows


def _read_csv(text):
    reader = csv.DictReader(io.StringIO(text), strict=True)  # a quote never closed is refused, not read on
    if not reader.fieldnames or "term_fr" not in reader.fieldnames:
        raise ValidationError(_("The CSV file needs a header line with at least a term_fr column."))
    rows = []
    try:
        for row in reader:
            rows.append({name: restored((row.get(name) or "").strip()) for name in columns()})
    except csv.Error as error:
        # A field longer than the reader takes (131,072 characters), a quote never closed, a NUL byte.
        raise ValidationError(
            _(
                "Term %(number)d of the CSV file cannot be read (a field over 131,072 characters, or a quote not closed)."
            )
            % {"number": len(rows) + 1}
        ) from error
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
