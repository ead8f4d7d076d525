"""GSM 03.38, the 7-bit alphabet every phone reads: what fits in one SMS or one USSD screen.

A single character outside it turns a whole SMS into UCS-2 (70 characters instead of 160) and a USSD
screen into gibberish on some handsets, so text is transliterated into it rather than sent as it is.
"""

import unicodedata

# The basic character set (ESC, 0x1B, leads into the extension table and is never content).
BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each of these is sent as ESC + a character, so it counts 2.
EXTENSION = frozenset("\f^{}\\[~]|€")
SMS_LENGTH = 160

# Characters common in French and Kirundi text that have a close GSM-7 spelling.
_SPELLINGS = {
    "ç": "c",
    "œ": "oe",
    "Œ": "OE",
    "æ": "ae",
    "’": "'",
    "‘": "'",
    "´": "'",
    "`": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "‑": "-",
    "…": "...",
    "°": "o",
    "\t": " ",
    "\u00a0": " ",
    "\u202f": " ",
}


def is_gsm7(text):
    """Whether every character of `text` is in the basic set or the extension table."""
    return all(ch in BASIC or ch in EXTENSION for ch in text)


def gsm_length(text):
    """How many 7-bit characters `text` takes: 2 for those of the extension table. ValueError if not GSM-7."""
    length = 0
    for ch in text:
        if ch in BASIC:
            length += 1
        elif ch in EXTENSION:
            length += 2
        else:
            raise ValueError(f"{ch!r} is not in the GSM-7 alphabet")
    return length


def _transliterated(ch):
    if ch in BASIC or ch in EXTENSION:
        return ch
    if ch in _SPELLINGS:
        return _SPELLINGS[ch]
    # ô -> o, ê -> e, î -> i: the letter without its accent, when the letter itself is in the set.
    bare = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if bare and all(c in BASIC for c in bare):
        return bare
    return "?"


def to_gsm7(text):
    """`text` spelt with GSM-7 characters only (accents dropped where the set lacks the letter)."""
    return "".join(_transliterated(ch) for ch in text or "")


def shorten(text, limit):
    """`text` (GSM-7) cut to at most `limit` 7-bit characters, with '...' when something was cut."""
    if gsm_length(text) <= limit:
        return text
    cut = text
    while cut and gsm_length(cut) > limit - 3:
        cut = cut[:-1]
    return cut.rstrip() + "..."


def split_pages(text, size):
    """`text` (GSM-7) in pieces of at most `size` 7-bit characters that join back to exactly `text`.

    A piece ends after a space or a line break when one is found in its second half, so words stay whole.
    """
    widths = [2 if ch in EXTENSION else 1 for ch in text]
    pages, start = [], 0
    while start < len(text):
        end, used = start, 0
        while end < len(text) and used + widths[end] <= size:
            used += widths[end]
            end += 1
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if cut >= start + (end - start) // 2:
                end = cut + 1
        if end == start:  # a size too small for even one character: never loop for ever
            raise ValueError("page size too small")
        pages.append(text[start:end])
        start = end
    return pages


def sms_segments(text):
    """(the encoding an SMS of `text` needs, how many segments it takes): GSM-7 fits 160 characters in
    one SMS and 153 a segment when split; one character outside it makes the whole message UCS-2,
    70 in one SMS and 67 a segment (3GPP TS 23.040, the user data header of a concatenated SMS)."""
    if is_gsm7(text):
        length, single, part = gsm_length(text), SMS_LENGTH, 153
        encoding = "GSM-7"
    else:
        length, single, part = len(text.encode("utf-16-le")) // 2, 70, 67
        encoding = "UCS-2"
    return encoding, 1 if length <= single else -(-length // part)
