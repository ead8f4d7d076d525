"""Cutting a stack into dossiers and documents from what each page's codes say.

A cover sheet starts a dossier, a separator sheet a document of its type. A code fault never stops the
stack: a page that cannot be placed for sure (before any cover sheet, after an unreadable or unknown code,
in a dossier the person may not file into) goes to "needs a person", and the rest is placed.
"""

from dataclasses import dataclass, field

from scanning.codes import COVER, SEPARATOR

# Why a page needs a person (message ids in scanning/messages.py).
BEFORE_COVER = "before_cover"
UNREADABLE_CODE = "unreadable_code"
UNKNOWN_CODE = "unknown_code"
UNKNOWN_DOSSIER = "unknown_dossier"
NOT_ALLOWED = "not_allowed"
UNKNOWN_TYPE = "unknown_type"
NO_SEPARATOR = "no_separator"
NOT_A_SCAN = "not_a_scan"


@dataclass
class Placed:
    """Where one page goes: kind (cover, separator, page), and either a document group or a reason."""

    kind: str
    group: int | None = None
    reason: str = ""
    code: str = ""
    rotation: int = 0


@dataclass
class Group:
    servant_id: int
    type_id: int
    pages: list = field(default_factory=list)  # indexes into the facts list


def place(facts, *, servants, allowed, types):
    """(Placed per page, groups) for the pages' facts in reading order.

    servants: {public_id str: servant pk} of every dossier; allowed: set of servant pks the person may
    file into; types: {type code: type pk}."""
    placed, groups = [], []
    servant = document = None
    blocked = BEFORE_COVER
    rotation = 0
    for facts_of_page in facts:
        codes = facts_of_page.codes
        if facts_of_page.not_a_scan:
            placed.append(Placed("page", reason=NOT_A_SCAN))
            continue
        if facts_of_page.damaged_code and not codes:
            placed.append(Placed("page", reason=UNREADABLE_CODE))
            servant = document = None
            blocked = UNREADABLE_CODE
            continue
        if not codes:
            if blocked:
                placed.append(Placed("page", reason=blocked, rotation=rotation))
            elif document is None:
                placed.append(Placed("page", reason=NO_SEPARATOR, rotation=rotation))
            else:
                groups[document].pages.append(len(placed))
                placed.append(Placed("page", group=document, rotation=rotation))
            continue
        rotation = facts_of_page.rotation
        code = codes[0]
        kinds = {(c.kind, c.value) for c in codes}
        if len(kinds) > 1 or code.kind not in (COVER, SEPARATOR):
            placed.append(Placed("page", reason=UNKNOWN_CODE))
            servant = document = None
            blocked = UNKNOWN_CODE
            continue
        if code.kind == COVER:
            servant, document = servants.get(code.value), None
            blocked = "" if servant in allowed else (UNKNOWN_DOSSIER if servant is None else NOT_ALLOWED)
            if blocked:
                servant = None
            placed.append(Placed("cover", code=code.value))
            continue
        type_id = types.get(code.value)
        placed.append(Placed("separator", code=code.value))
        if servant is None:
            continue  # pages after it keep the reason of the cover sheet (or of its absence)
        if type_id is None:
            document, blocked = None, UNKNOWN_TYPE
            continue
        blocked = ""
        groups.append(Group(servant_id=servant, type_id=type_id))
        document = len(groups) - 1
    return placed, groups


def reorder_two_passes(count):
    """Reading order of a two-sided stack scanned in two passes (fronts, then backs from the last):
    file pages 0..n/2-1 are the fronts, the rest the backs in reverse. Returns file indexes."""
    half = (count + 1) // 2
    fronts, backs = list(range(half)), list(range(count - 1, half - 1, -1))
    order = []
    for position, front in enumerate(fronts):
        order.append(front)
        if position < len(backs):
            order.append(backs[position])
    return order
