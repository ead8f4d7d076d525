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
