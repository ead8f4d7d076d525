"""The archive's named people (tests/archive/conftest.py) and scan-like stacks made from printed sheets."""

import pytest

from scanning.models import Station
from tests.archive import conftest as archive_conftest
from tests.scanning.stacks import blank_page, scanned, sheet_images, stack_pdf, text_page

# The archive's named people and its storage and OCR settings, shared as they are (pytest finds fixtures
# by module-level name; taken this way, the test functions' arguments do not shadow imports).
globals().update(
    {
        name: getattr(archive_conftest, name)
        for name in (
            "alice", "archive_root", "archivist", "bob", "career", "carine", "document_types",
            "hr_interior", "hr_justice", "no_ocr_unless_asked",
        )
    }
)  # fmt: skip
PPI = 150


@pytest.fixture(autouse=True)
def scanning_settings(settings):
    settings.SCANNING_MIN_PPI = PPI  # small, fast stacks; the floor's own test raises it
    settings.SCANNING_READ_PROCESSES = 1


@pytest.fixture
def station(justice):
    return Station.objects.create(name="justice-hr", ministry=justice)


@pytest.fixture
def sheets(alice, bob, carine, document_types):
    return sheet_images([alice, bob, carine], PPI)


@pytest.fixture
def stack(sheets):
    """A stray page; Alice: appointment (2 pages, skewed) and promotion (1 page + a blank);
    Bob: diploma (1 page, fed upside down with its sheets); Carine (interior): appointment (1 page)."""

    def lines(title):
        return [
            title,
            "Arrete n 100/2019 du 12 mars 2019",
            *[f"{title} {i} " * (1 + i % 4) for i in range(25)],
        ]

    pages = [
        text_page(["Page egaree"] * 20, PPI),
        sheets["cover:JU-1001"],
        sheets["sep:appointment"],
        scanned(text_page(lines("Decret de nomination"), PPI), skew=1.5, seed=1),
        scanned(text_page(lines("Decret suite"), PPI), skew=-1.0, seed=2),
        sheets["sep:promotion"],
        scanned(text_page(lines("Promotion"), PPI), seed=3),
        scanned(blank_page(PPI), seed=4),
        scanned(sheets["cover:JU-1002"], turn=180, seed=5),
        scanned(sheets["sep:diploma"], turn=180, seed=9),
        scanned(text_page(lines("Diplome"), PPI).rotate(180), seed=6),
        sheets["cover:IN-2001"],
        sheets["sep:appointment"],
        scanned(text_page(lines("Nomination Carine"), PPI), seed=7),
    ]
    return stack_pdf(
        [scanned(p, noise=8, seed=i) if i in (1, 2, 5, 9, 11, 12) else p for i, p in enumerate(pages)], PPI
    )
