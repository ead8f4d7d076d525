"""The mirror's manifest signed with the ministry's Ed25519 key (libsodium, through PyNaCl), so that a
copy served from a second host or bucket can be checked by anyone holding the public key.

MIRROR_SIGNING_KEY (or MIRROR_SIGNING_KEY_FILE) is the key's 32-byte seed, base64; `manage.py
build_mirror --new-key` prints one and its public key. Without a key the manifest is not signed.
"""

import base64

from django.conf import settings
from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey


def new_key():
    """(seed, public key), base64."""
    key = SigningKey.generate()
    return base64.b64encode(bytes(key)).decode(), base64.b64encode(bytes(key.verify_key)).decode()


def _key():
    return SigningKey(base64.b64decode(settings.MIRROR_SIGNING_KEY)) if settings.MIRROR_SIGNING_KEY else None


def public_key():
    key = _key()
    return base64.b64encode(bytes(key.verify_key)).decode() if key else ""


def sign(data):
    """The detached signature (base64), or empty bytes when no key is configured."""
    key = _key()
    return base64.b64encode(key.sign(data).signature) + b"\n" if key else b""


def verify(data, signature, public=None):
    public = public or public_key()
    if not public or not signature.strip():
        return False
    from nacl.signing import VerifyKey

    try:
        VerifyKey(base64.b64decode(public)).verify(data, base64.b64decode(signature.strip()))
    except BadSignatureError:
        return False
    return True
