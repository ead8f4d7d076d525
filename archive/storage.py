"""The archive's files go through Django's storage API (STORAGES["archive"]): a folder outside MEDIA_ROOT by
default, object storage by configuration. Every file is written once, under a random name, and hashed on
the way in."""

import hashlib

from django.core.files import File
from django.core.files.storage import storages

CHUNK = 1024 * 1024


def archive_storage():
    return storages["archive"]


class _HashingReader:
    """Reads a stream once, hashing and counting what passes (storage backends read it in chunks)."""

    def __init__(self, stream):
        self._stream = stream
        self.sha256 = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        data = self._stream.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data

    # Read once, front to back: object storage (boto3) then streams it rather than seeking back.
    closed = False

    def seekable(self):
        return False


def write_once(name, stream):
    """Store `stream` under `name` (which must be new); return (sha256, size) of what was written."""
    storage = archive_storage()
    if storage.exists(name):
        raise FileExistsError(name)
    reader = _HashingReader(stream)
    saved = storage.save(name, File(reader, name=name))
    if saved != name:  # A backend that renamed it would leave a record pointing nowhere.
        raise FileExistsError(name)
    return reader.sha256.hexdigest(), reader.size


def hash_stored(name):
    """SHA-256 and size of a stored file, read back in chunks (None if it is missing)."""
    storage = archive_storage()
    try:
        handle = storage.open(name, "rb")
    except FileNotFoundError:
        return None
    digest, size = hashlib.sha256(), 0
    with handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def all_stored_names(storage=None, folder=""):
    """Every file name in the archive storage (to find orphans)."""
    storage = storage or archive_storage()
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in folders:
        yield from all_stored_names(storage, f"{folder}/{sub}" if folder else sub)
