"""The batch report (CSV) echoes what the manifest said; no cell of it runs as a formula in a spreadsheet."""

import csv
import io

from django.urls import reverse

from tests.archive.conftest import ingest, make_pdf, row, write_batch
from uploads.spreadsheets import FORMULA_STARTS


def test_a_hostile_manifest_gives_a_report_without_formulas(client, tmp_path, document_types, hr_justice):
    manifest, files_dir = write_batch(
        tmp_path / "hostile",
        [
            row('=HYPERLINK("http://evil.example","x")', "appointment", "2020-01-01", "t", "a.pdf"),
            row("@SUM(1+1)*cmd|' /C calc'!A0", "appointment", "2020-01-01", "t", "-2+3+cmd|' /C calc'!A0"),
        ],
        {"a.pdf": make_pdf()},
    )
    batch = ingest(manifest, files_dir, user=hr_justice)
    client.force_login(hr_justice)
    text = client.get(reverse("archive:batch_report", args=[batch.public_id])).content.decode("utf-8-sig")
    cells = [cell for line in csv.reader(io.StringIO(text)) for cell in line]
    assert '\'=HYPERLINK("http://evil.example","x")' in cells
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
