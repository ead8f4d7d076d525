"""Search keys: names and document text folded to unaccented lower case, the same way at write and read."""

import unicodedata


def fold(text):
    """'Ndayishimiyé  NIYONZIMA' -> 'ndayishimiye niyonzima' (accents off, lower case, one space)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())
