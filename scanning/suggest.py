"""Suggestions for a document's act date and reference from its text (OCR's, folded: lower case, no
accents), for the person checking to confirm: "Arrêté n° 100/…", "le 12 mars 2019"."""

import re
from datetime import date

MONTHS = {
    # French, then Kirundi (CLDR's names), then English
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "nzero": 1, "ruhuhuma": 2, "ntwarante": 3, "ndamukiza": 4, "rusama": 5, "ruheshi": 6, "mukakaro": 7,
    "nyandagaro": 8, "nyakanga": 9, "gitugutu": 10, "munyonyo": 11, "kigarama": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
DATE = re.compile(r"\b(\d{1,2})(?:er)?\s+(" + "|".join(MONTHS) + r")\s+((?:19|20)\d\d)\b")
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
REFERENCE = re.compile(
    r"\b((?:arrete|decret|ordonnance|decision|iteka|itegeko)\s+(?:ministeriel\s+)?n\s*[o°]?\s*[:.]?\s*"
    r"[0-9][0-9a-z/.\-]*)",
)


def suggestions(text):
    """{"date": date or None, "reference": str} found in the text."""
    text = (text or "")[:20_000]
    found_date = None
    for day, month, year in DATE.findall(text):
        found_date = _date(int(year), MONTHS[month], int(day))
        if found_date:
            break
    if found_date is None:
        for day, month, year in NUMERIC_DATE.findall(text):
            found_date = _date(int(year), int(month), int(day))
            if found_date:
                break
    reference = REFERENCE.search(text)
    return {"date": found_date, "reference": reference.group(1)[:120] if reference else ""}


def _date(year, month, day):
    try:
        return date(year, month, day)
    except ValueError:
        return None
