"""Quality checks on real scan-like stacks: flagged, never silent."""

import io
from pathlib import Path

import pytest

from archive.models import Document
from scanning import checks
from scanning.models import ScanPage
from scanning.pages import PageFacts
from scanning.run import process, receive
from scanning.split import place
from tests.scanning.conftest import PPI
from tests.scanning.stacks import damage_code, scanned, stack_pdf, text_page


def read(images, station, user, **kwargs):
    return process(
        receive(io.BytesIO(stack_pdf(images, PPI)), name="q.pdf", station=station, user=user, **kwargs).pk
    )


@pytest.mark.django_db
def test_pages_below_the_resolution_floor_are_flagged(stack, station, hr_justice, settings):
    settings.SCANNING_MIN_PPI = 300
    batch = process(receive(io.BytesIO(stack), name="s.pdf", station=station, user=hr_justice).pk)
    page = batch.pages.get(number=4)
    assert page.ppi == PPI and "low_resolution" in page.flags


@pytest.mark.django_db
def test_one_damaged_code_is_read_from_the_sheets_other_code(sheets, station, hr_justice, alice):
    page = scanned(text_page(["Decret"] * 10, PPI), seed=3)
    batch = read([damage_code(sheets["cover:JU-1001"]), damage_code(sheets["sep:appointment"], "bottom"), page],
                 station, hr_justice)  # fmt: skip
    assert Document.objects.filter(servant=alice).count() == 1
    assert not batch.pages.filter(state=ScanPage.State.NEEDS_PERSON).exists()


@pytest.mark.django_db
def test_a_sheet_with_both_codes_damaged_sends_its_pages_to_a_person(sheets, station, hr_justice, alice):
    cover = damage_code(damage_code(sheets["cover:JU-1001"]), "bottom")
    pages = [scanned(text_page([f"Acte {i}"] * 10, PPI), seed=i) for i in range(2)]
    batch = read([cover, sheets["sep:appointment"], *pages], station, hr_justice)
    waiting = batch.pages.filter(state=ScanPage.State.NEEDS_PERSON).values_list("number", "reason")
    assert list(waiting)[0][0] in (1, 3)
    assert Document.objects.count() == 0


@pytest.mark.django_db
def test_the_same_page_scanned_twice_is_flagged_and_held(sheets, station, hr_justice):
    page = text_page([f"Acte unique {i}" * 3 for i in range(20)], PPI)
    batch = read(
        [sheets["cover:JU-1001"], sheets["sep:appointment"], scanned(page, seed=1), scanned(page, seed=2)],
        station,
        hr_justice,
    )
    assert "duplicate" in batch.pages.get(number=4).flags
    assert "duplicate" not in batch.pages.get(number=3).flags
    assert Document.objects.count() == 0


@pytest.mark.django_db
def test_sheets_counted_are_reconciled_with_pages_received(sheets, station, hr_justice):
    page = scanned(text_page(["Acte"] * 10, PPI))
    batch = read(
        [sheets["cover:JU-1001"], sheets["sep:appointment"], page], station, hr_justice, sheets_counted=4
    )
    assert batch.problems == [{"code": "sheet_count", "counted": 4, "received": 3}]


@pytest.mark.django_db
def test_a_page_turned_sideways_is_held_until_turned(sheets, station, hr_justice):
    page = scanned(text_page([f"Ligne {i} d un long texte administratif" for i in range(30)], PPI), turn=90)
    batch = read([sheets["cover:JU-1001"], sheets["sep:appointment"], page], station, hr_justice)
    assert "sideways" in batch.pages.get(number=3).flags
    assert Document.objects.count() == 0


def test_a_document_far_longer_than_its_type_usually_is_is_flagged():
    facts = [PageFacts(0, codes=[]) for _ in range(3)]
    assert checks.too_long(31, None) and not checks.too_long(30, None)
    assert checks.too_long(15, 4) and not checks.too_long(14, 4)
    placed, groups = place(facts, servants={}, allowed=set(), types={})
    assert [p.reason for p in placed] == ["before_cover"] * 3 and groups == []


def test_a_text_page_whose_lines_look_like_a_damaged_code_does_not_stop_its_dossier():
    # Page 254 of the benchmark's 50-dossier stack (300 ppi, decoded at 150 ppi as the station does): the
    # detector saw a sheet-sized damaged symbol in its text, and the rest of its dossier went to a person.
    from PIL import Image

    from scanning.pages import analyse

    with Image.open(Path(__file__).parent / "data" / "text_page_false_code.png") as image:
        facts = analyse(253, image.convert("L"), 300, 150)
    assert not facts.damaged_code and not facts.codes
