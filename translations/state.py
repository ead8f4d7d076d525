"""Where each translated field stands, per language: missing, draft, translated or reviewed, and stale.

The state travels with the row (`TranslationStateField`, a JSON column on each translated model), so
that it is copied with working copies, snapshots and proposals and always describes the text it sits
beside: the public row's state is the published text's. For every field and language with a text:

    {"s": "d" | "t" | "r",   draft (written, only its author has seen it), translated (from a
                             translator's file), reviewed (approved by a reviewer, never its author)
     "fp": "…",              fingerprint of this text when the state was recorded
     "at": "2026-12-01",     when this text was written
     "src": "fr",            the language it was translated from (absent for the original text)
     "sfp": "…"}             fingerprint of that source text at translation time

A translation is **stale** when its source text's fingerprint is no longer `sfp`. Nothing here names a
model: the translated fields are django-modeltranslation's registration.
"""

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DRAFT, TRANSLATED, REVIEWED, MISSING = "d", "t", "r", "missing"


class Entry(TypedDict, total=False):
    """One field's state in one language, as the JSON column keeps it (see the module's docstring)."""

    s: str  # DRAFT, TRANSLATED or REVIEWED
    fp: str  # fingerprint of the text when the state was recorded
    at: str  # ISO date the text was written
    src: str  # the language it was translated from (absent for the original text)
    sfp: str  # fingerprint of that source text at translation time


# What happens to a text's state: it is written or changed by staff (WRITTEN), brought by a
# translator's file (IMPORTED), or approved by a reviewer who is not its author (APPROVED).
WRITTEN, IMPORTED, APPROVED = "written", "imported", "approved"
# (state before, what happened) -> state after. A text is MISSING before it is first written.
TRANSITIONS = {
    **{(before, WRITTEN): DRAFT for before in (MISSING, DRAFT, TRANSLATED, REVIEWED)},
    **{(before, IMPORTED): TRANSLATED for before in (MISSING, DRAFT, TRANSLATED, REVIEWED)},
    **{(before, APPROVED): REVIEWED for before in (MISSING, DRAFT, TRANSLATED, REVIEWED)},
}


def transition(before, event):
    """The state a text is in after `event`, from state `before` (MISSING for a new text)."""
    return TRANSITIONS[(before or MISSING, event)]


STATUS_LABELS = {
    MISSING: _("missing"),
    DRAFT: _("draft"),
    TRANSLATED: _("translated"),
    REVIEWED: _("reviewed"),
}
# Clerks write French first (procedures/translation.py): a record written in several languages at
# once is taken to be translated from the first of these it has.
ORIGIN_ORDER = ("fr", "rn", "en")
STATE_FIELD = "translation_state"


def languages():
    return [code for code, _name in settings.LANGUAGES]


def fingerprint(text):
    """A short hash of a text, blind to Unicode normalisation and to spacing."""
    normal = " ".join(unicodedata.normalize("NFC", text or "").split())
    return hashlib.sha256(normal.encode()).hexdigest()[:16]


def translated_fields(model):
    """The model's fields kept in every language (empty when it is not translated)."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return list(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return []


def texts_of(obj, field):
    return {code: getattr(obj, f"{field}_{code}", None) or "" for code in languages()}


def recompute(old, texts, today=None):
    """The state of one field after a save, given its previous state and its texts per language.

    An unchanged text keeps its entry; a new or changed text becomes a draft, translated from the
    language it was translated from before (or the record's original language)."""
    today = (today or timezone.localdate()).isoformat()
    old = old or {}
    present = [code for code in ORIGIN_ORDER if texts.get(code)] + [
        code for code in texts if texts[code] and code not in ORIGIN_ORDER
    ]
    originals = [code for code in present if code in old and not old[code].get("src")]
    root = originals[0] if originals else (present[0] if present else None)
    new = {}
    for code in present:
        text_fp = fingerprint(texts[code])
        previous = old.get(code)
        if previous and previous.get("fp") == text_fp:
            new[code] = previous
            continue
        entry: Entry = {"s": transition((previous or {}).get("s"), WRITTEN), "fp": text_fp, "at": today}
        source = _source_language(code, previous, root, texts)
        if source:
            entry.update(src=source, sfp=fingerprint(texts[source]))
        new[code] = entry
    return new


def _source_language(code, previous, root, texts):
    if previous is not None and not previous.get("src") and code == root:
        return None  # the original stays the original
    if previous and previous.get("src") and texts.get(previous["src"]) and previous["src"] != code:
        return previous["src"]
    return root if root and root != code else None


def refresh(obj, today=None):
    """Bring `obj`'s state in line with its texts (called on every save by the field)."""
    state = dict(getattr(obj, STATE_FIELD, None) or {})
    return {
        field: recompute(state.get(field), texts_of(obj, field), today)
        for field in translated_fields(type(obj))
    }


# --- Reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldStatus:
    field: str
    language: str
    status: str  # MISSING, DRAFT, TRANSLATED or REVIEWED
    source: str | None = None
    stale: bool = False
    written_on: date | None = None
    source_changed_on: date | None = None

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def unreviewed(self):
        return self.status in (DRAFT, TRANSLATED)


def _day(text):
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def field_status(obj, field, language):
    """Where `field` of `obj` stands in `language`. Reads only the row: no query."""
    text = getattr(obj, f"{field}_{language}", None)
    if not text:
        return FieldStatus(field, language, MISSING)
    entries = (getattr(obj, STATE_FIELD, None) or {}).get(field) or {}
    entry = entries.get(language)
    if entry is None or entry.get("fp") != fingerprint(text):
        # Written where no state was kept (an older row, a bulk update): nobody vouched for it.
        return FieldStatus(field, language, DRAFT)
    source = entry.get("src")
    stale = bool(source) and fingerprint(getattr(obj, f"{field}_{source}", None) or "") != entry.get("sfp")
    source_entry = entries.get(source) or {}
    return FieldStatus(
        field,
        language,
        entry.get("s", DRAFT),
        source=source,
        stale=stale,
        written_on=_day(entry.get("at")),
        source_changed_on=_day(source_entry.get("at")) if stale else None,
    )


# --- Writing, outside the admin's saves ------------------------------------------------------------


def mark(obj, field, language, status, *, source=None):
    """Set the state of one field and language on `obj` (not saved), e.g. a translator's text."""
    state = refresh(obj)
    text = getattr(obj, f"{field}_{language}", None) or ""
    entry: Entry = {"s": status, "fp": fingerprint(text), "at": timezone.localdate().isoformat()}
    source = source or (state.get(field, {}).get(language) or {}).get("src")
    if source and source != language:
        entry.update(src=source, sfp=fingerprint(getattr(obj, f"{field}_{source}", None) or ""))
    state.setdefault(field, {})[language] = entry
    setattr(obj, STATE_FIELD, state)


def approved(proposed, base):
    """A field state after a reviewer approved the change from `base` to `proposed`: every text the
    reviewer saw change (new, or another fingerprint) is reviewed; the rest keeps its state."""
    base = base or {}
    result = {}
    for field, entries in (proposed or {}).items():
        before = base.get(field) or {}
        result[field] = {
            code: (
                entry
                if (before.get(code) or {}).get("fp") == entry.get("fp")
                else {**entry, "s": transition(entry.get("s"), APPROVED)}
            )
            for code, entry in entries.items()
        }
    return result


def approved_rows(proposed_rows, base_rows):
    """`approved` for lists of rows, each matched with the base row of the same identity (its `key`, as
    reviewers' diffs match them); a row with no match is new, so every text of it was reviewed.
    Rows without a key (taken before rows had one) are matched by their place."""
    if all("key" in row for row in (*proposed_rows, *base_rows)):
        by_key = {row["key"]: row for row in base_rows}
        bases = [by_key.get(row["key"], {}) for row in proposed_rows]
    else:
        bases = [base_rows[index] if index < len(base_rows) else {} for index in range(len(proposed_rows))]
    rows = []
    for row, base in zip(proposed_rows, bases, strict=True):
        rows.append({**row, STATE_FIELD: approved(row.get(STATE_FIELD), base.get(STATE_FIELD))})
    return rows
