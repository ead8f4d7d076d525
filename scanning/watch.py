"""A folder a networked scanner writes to, watched by one or more workers.

A file is taken only once it has stopped changing for SCANNING_WATCH_SETTLE_SECONDS (a scanner still
writing it keeps changing its size or time) and is not hidden or partial (".name", "name.part",
"name.tmp"). Each file is taken once whatever the number of workers: the first to create its claim row
(unique by path) takes it, and moves it into "taken/" by an atomic rename; the others give way.
"""

import os
import socket
import time
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction

from scanning.models import ScanClaim
from scanning.run import ScanRefused, process, receive

PARTIAL_SUFFIXES = (".part", ".tmp", ".crdownload")


def ready_files(folder, now=None):
    """Files of the folder written completely (unchanged for the settle time), oldest first."""
    now = time.time() if now is None else now
    found = []
    for path in Path(folder).iterdir():
        if not path.is_file() or path.name.startswith(".") or path.name.endswith(PARTIAL_SUFFIXES):
            continue
        info = path.stat()
        if now - info.st_mtime >= settings.SCANNING_WATCH_SETTLE_SECONDS:
            found.append((info.st_mtime, path))
    return [path for _mtime, path in sorted(found)]


def claim(path):
    """True when this worker has taken the file (its claim row is new and the rename worked)."""
    worker = f"{socket.gethostname()}:{os.getpid()}"
    try:
        with transaction.atomic():
            ScanClaim.objects.create(path=str(path), size_bytes=path.stat().st_size, worker=worker)
    except (IntegrityError, FileNotFoundError):
        return False
    return True


def take(path, station):
    """Claim, move into taken/, receive and read one file; (outcome word, batch or message)."""
    if not claim(path):
        return "skipped", None
    taken = path.parent / "taken"
    taken.mkdir(exist_ok=True)
    target = taken / path.name
    try:
        os.rename(path, target)
    except FileNotFoundError:
        return "skipped", None
    try:
        with target.open("rb") as handle:
            batch = receive(handle, name=path.name, station=station)
    except ScanRefused as error:
        (path.parent / "refused").mkdir(exist_ok=True)
        os.rename(target, path.parent / "refused" / path.name)
        return "refused", str(error)
    ScanClaim.objects.filter(path=str(path)).update(batch=batch)
    return "read", process(batch.pk)


def watch_once(folder, station):
    return [(path.name, *take(path, station)) for path in ready_files(folder)]
