"""What the QR codes on printed sheets say.

A cover sheet's code identifies a dossier by its random public id and a keyed signature (HMAC through
Django's signer, keyed by SECRET_KEY): whoever reads the code learns no name or matricule, and a code
cannot be forged for another dossier. A separator sheet's code says a document type's code.
"""

from dataclasses import dataclass

from django.core import signing

PREFIX = "ISOKO1"
COVER, SEPARATOR = "D", "T"
_SIGNER = signing.Signer(salt="scanning.cover-sheet")


@dataclass(frozen=True)
class Code:
    kind: str  # COVER, SEPARATOR, or "" for a code of ours that cannot be trusted
    value: str  # the dossier's public id or the type's code


def cover_code(servant):
    return f"{PREFIX}:{COVER}:{_SIGNER.sign(str(servant.public_id))}"


def separator_code(document_type):
    return f"{PREFIX}:{SEPARATOR}:{document_type.code}"


def parse(text):
    """The Code a QR code's text stands for; None for a code that is not ours (a QR on a document)."""
    parts = text.split(":", 2)
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    kind, rest = parts[1], parts[2]
    if kind == COVER:
        try:
            return Code(COVER, _SIGNER.unsign(rest))
        except signing.BadSignature:
            return Code("", "")
    if kind == SEPARATOR and rest:
        return Code(SEPARATOR, rest)
    return Code("", "")
