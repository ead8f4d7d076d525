"""Quality checks of a read stack: every finding is a flag a person sees, never a silent fix.

Some flags hold their document back from filing until a person decides (a blank page to remove or keep,
a page turned sideways, a page scanned twice, a document far longer than its type usually is: a missed
separator); the others are told and fixed on the viewing copy only (skew, a sheet fed upside down).
"""

from statistics import median

from django.conf import settings

from archive.models import Document
from scanning.pages import distance

LOW_RESOLUTION = "low_resolution"
BLANK = "blank"
SKEWED = "skewed"
TURNED = "turned"
SIDEWAYS = "sideways"
DUPLICATE = "duplicate"
LONG_DOCUMENT = "long_document"
HELD = frozenset({BLANK, SIDEWAYS, DUPLICATE, LONG_DOCUMENT})

SKEW_SHOWN = 0.5  # degrees: below this a page is taken as straight
DUPLICATE_GREY = 1.0  # mean grey difference: the same sheet scanned twice differs by speckle only
DUPLICATE_WITHIN = 5  # pages back: a sheet fed twice comes again at once, or nearly
USUAL_WHEN_UNKNOWN = 30  # pages, for a type with too few documents to tell


def page_flags(facts, placed):
    """A list of flags per page (same order as facts)."""
    floor = settings.SCANNING_MIN_PPI
    flags, seen = [], []
    for page, where in zip(facts, placed, strict=True):
        found = []
        if not page.not_a_scan and page.ppi < floor:
            found.append(LOW_RESOLUTION)
        if where.kind == "page" and not page.not_a_scan:
            if page.blank:
                found.append(BLANK)
            if abs(page.skew) >= SKEW_SHOWN:
                found.append(SKEWED)
            if where.rotation:
                found.append(TURNED)
            if page.turned_sideways:
                found.append(SIDEWAYS)
            if not page.blank and any(
                distance(page.fingerprint, o) <= DUPLICATE_GREY for o in seen[-DUPLICATE_WITHIN:]
            ):
                found.append(DUPLICATE)
            if not page.blank:
                seen.append(page.fingerprint)
        flags.append(found)
    return flags


def usual_lengths(type_ids):
    """{type pk: pages a document of that type usually has} from what the archive already holds."""
    usual = {}
    for type_id in type_ids:
        counts = list(
            Document.objects.filter(document_type_id=type_id, pages__gt=0)
            .order_by("-pk")
            .values_list("pages", flat=True)[:200]
        )
        usual[type_id] = median(counts) if len(counts) >= 5 else None
    return usual


def too_long(pages, usual):
    """A document far longer than its type usually is."""
    limit = USUAL_WHEN_UNKNOWN if usual is None else max(3 * usual, usual + 10)
    return pages > limit


def sheet_count_problem(batch, received_pages):
    """The operator's count of sheets, reconciled with the pages received (two sides a sheet if duplex)."""
    if batch.sheets_counted is None:
        return None
    sheets = (received_pages + 1) // 2 if batch.duplex else received_pages
    if sheets == batch.sheets_counted:
        return None
    return {"code": "sheet_count", "counted": batch.sheets_counted, "received": sheets}
