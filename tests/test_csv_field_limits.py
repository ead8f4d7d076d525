"""Every CSV the project reads refuses a field longer than Python's csv reader takes (131,072
characters) with a reason, never a traceback: the glossary import (tests/translations), and the
archive's batch manifest and servants sheet, here, whether the long field is in the header or a row."""

import io

import pytest

from archive.ingest.manifest import read_rows, read_servants

LONG = '"' + "x" * 131_073 + '"'


@pytest.mark.parametrize("read", [read_rows, read_servants])
@pytest.mark.parametrize("sheet", [f"{LONG}\n", f"matricule,{LONG}\n"])
def test_a_field_too_long_in_a_batch_sheet_is_an_unreadable_sheet(read, sheet):
    rows, refused = read(io.BytesIO(sheet.encode()))
    assert rows == []
    assert refused["code"] in {"unreadable_manifest", "servant_bad_columns"}
