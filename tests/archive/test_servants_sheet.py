"""The servants sheet: one line per servant (capitals or not), nothing told about other ministries'
servants, and a matricule equal to an existing user name still gives the servant an account."""

import pytest
from django.utils import translation

from archive import access
from archive.ingest.messages import describe
from archive.models import Servant
from audit.models import AuditEvent
from tests.archive.conftest import ingest, make_pdf, make_user, row, write_batch

HEADER = "matricule,surname,given_names,date_of_birth,institution\n"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def run(tmp_path, sheet_lines, user=None, rows=()):
    manifest, files_dir = write_batch(
        tmp_path / "b",
        list(rows) or [row("JU-1001", "appointment", "2020-01-01", "t", "a.pdf")],
        {"a.pdf": make_pdf()},
    )
    sheet = tmp_path / "servants.csv"
    sheet.write_text(HEADER + "".join(line + "\n" for line in sheet_lines))
    allowed = access.dossiers_for(access.acting_for(user)) if user is not None else None
    with open(sheet, "rb") as handle:
        return ingest(manifest, files_dir, servants=handle, user=user, allowed_servants=allowed)


def sheet_problems(batch):
    return [describe(found) for found in batch.problems if found["code"] == "servant_line"]


def test_a_matricule_on_two_lines_in_any_case_is_refused_on_both(tmp_path, alice, document_types):
    batch = run(
        tmp_path,
        ["JU-7001,Ndikumana,Eric,,criminal-records", "ju-7001,Ndikumana,Erica,,criminal-records"],
    )
    assert batch.status == "done"
    assert sheet_problems(batch) == [
        "Servants sheet, line 3: The matricule “ju-7001” is already on line 2 (capitals or not, it is one "
        "servant): neither line was registered. Keep one line per servant."
    ]
    assert not Servant.objects.filter(matricule__iexact="JU-7001").exists()


def test_a_case_variant_of_a_registered_servant_is_not_a_second_servant(tmp_path, alice, document_types):
    batch = run(tmp_path, ["ju-1001,Ndayishimiye,Alice,,criminal-records"])
    assert batch.status == "done" and not sheet_problems(batch)
    assert Servant.objects.filter(matricule__iexact="JU-1001").count() == 1


def test_another_ministrys_servant_is_neither_created_nor_revealed(
    tmp_path, alice, hr_interior, document_types
):
    batch = run(tmp_path, ["JU-1001,Someone,Else,,migration-service"], user=hr_interior)
    (said,) = sheet_problems(batch)
    assert said == (
        "Servants sheet, line 2: The matricule “JU-1001” cannot be registered from your sheet. If it is your "
        "ministry's servant, ask the archivist to check it."
    )
    assert "exist" not in said and "Ndayishim" not in str(batch.problems)
    assert Servant.objects.filter(matricule="JU-1001").get().surname == "Ndayishimiyé"
    assert AuditEvent.objects.filter(action="refused", details__servants_sheet=["ju-1001"]).exists()


def test_a_matricule_equal_to_a_user_name_still_gets_an_account(tmp_path, document_types, criminal_records):
    make_user("JU-8001", is_staff=True)
    make_user("ju-8002")
    batch = run(
        tmp_path,
        ["JU-8001,Bigirimana,Jean,,criminal-records", "JU-8002,Hakizimana,Ange,,criminal-records"],
        rows=[row("JU-8001", "appointment", "2020-01-01", "t", "a.pdf")],
    )
    assert batch.status == "done"
    accounts = dict(
        Servant.objects.filter(matricule__startswith="JU-800").values_list("matricule", "user__username")
    )
    assert accounts == {"JU-8001": "JU-8001+2", "JU-8002": "JU-8002+2"}
    assert batch.rows.get().outcome == "stored"
