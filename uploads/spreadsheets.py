"""Files people open in a spreadsheet program: CSV written safely, and .xlsx read as untrusted input.

CSV written for people (a batch report, open-data tables, the glossary) may carry text someone else typed:
a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by Excel,
LibreOffice and Google Sheets (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3+cmd|…`). OWASP's rule ("CSV Injection"):
prefix such a cell with a single quote, which the spreadsheet shows as text; `restored` takes the quote
off again when one of our own files is read back, so an export and an import give the same text.

    writer = spreadsheet_writer(out)            # as csv.writer
    writer = SpreadsheetDictWriter(out, names)  # as csv.DictWriter
"""

import csv
import io
import zipfile
from datetime import date, datetime, time

import openpyxl
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """`value` as a cell that no spreadsheet runs: text starting like a formula gets a leading quote.
    Numbers stay numbers (a negative number is no formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restored(value):
    """The text a neutralised cell stood for (a cell read back from one of our own files)."""
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


class _Writer:
    def __init__(self, out, **options):
        self._writer = csv.writer(out, **options)

    def writerow(self, row):
        return self._writer.writerow([neutralised(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def spreadsheet_writer(out, **options):
    """A csv.writer whose every cell is neutralised."""
    return _Writer(out, **options)


class SpreadsheetDictWriter(csv.DictWriter):
    """A csv.DictWriter whose every cell is neutralised (the header is ours and is written as it is)."""

    def writerow(self, rowdict):
        return super().writerow({key: neutralised(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)


# --- .xlsx, the spreadsheet people actually use -----------------------------------------------------

XLSX_MAX_BYTES = 10 * 1024 * 1024
XLSX_MAX_UNPACKED_BYTES = 100 * 1024 * 1024
XLSX_MAX_ROWS = 50_000
XLSX_MAX_COLUMNS = 30


def is_xlsx(head):
    """Whether a file's first bytes are a ZIP (an .xlsx is one); CSV text never starts so."""
    return head[:4] == b"PK\x03\x04"


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def xlsx_as_csv(fileobj):
    """The first sheet of an .xlsx as CSV bytes (UTF-8), read as untrusted input: bounded in size, in
    unpacked size, rows and columns; formulas never evaluated (their last saved value is read, or
    nothing); dates written YYYY-MM-DD. ValidationError (codes too_large, unreadable) otherwise."""
    data = fileobj.read(XLSX_MAX_BYTES + 1)
    if len(data) > XLSX_MAX_BYTES:
        raise ValidationError(
            _("This spreadsheet is larger than %(mb)s MB.") % {"mb": XLSX_MAX_BYTES // 2**20},
            code="too_large",
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(member.file_size for member in archive.infolist()) > XLSX_MAX_UNPACKED_BYTES:
                raise zipfile.BadZipFile("unpacks too large")
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        sheet = book.worksheets[0]
        out = io.StringIO()
        writer = csv.writer(out)
        for number, row in enumerate(sheet.iter_rows(values_only=True, max_col=XLSX_MAX_COLUMNS), start=1):
            if number > XLSX_MAX_ROWS:
                raise ValueError("too many rows")
            cells = [_cell_text(value) for value in row]
            while cells and not cells[-1]:  # a read-only sheet pads its rows to the columns asked for
                cells.pop()
            writer.writerow(cells)
        book.close()
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, OSError) as error:
        raise ValidationError(
            _("This spreadsheet cannot be read. Save it again as .xlsx (or CSV UTF-8) and upload it again."),
            code="unreadable",
        ) from error
    return out.getvalue().encode("utf-8")


def xlsx_from_rows(rows):
    """An .xlsx (bytes) with `rows` on its one sheet, every cell text: a template to fill in."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append([str(neutralised(value)) for value in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
