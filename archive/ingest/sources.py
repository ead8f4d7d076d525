"""The files of a batch: a folder or a ZIP, listed and opened one at a time (never all in memory).

Names that leave the folder (`../`, absolute paths), links, and ZIP members that would inflate beyond the
limits are refused when listed, so nothing later can open them.
"""

import os
import stat
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from django.conf import settings

# A ZIP member inflating more than this many times its compressed size is treated as a bomb.
MAX_RATIO = 200


class SourceError(Exception):
    """The folder or ZIP itself cannot be used (message id and values, as in the row report)."""

    def __init__(self, code, **values):
        super().__init__(code)
        self.code, self.values = code, values


def _safe_name(name):
    path = PurePosixPath(name.replace("\\", "/"))
    return not (path.is_absolute() or ".." in path.parts or not path.parts or ":" in path.parts[0])


class FolderSource:
    def __init__(self, root, *, max_bytes):
        self.root = Path(root).resolve()
        self.max_bytes = max_bytes
        self.refused = []  # (name, reason) pairs: links and other non-files

    def listing(self):
        """{name: size} of the regular files under the folder, names relative with '/'."""
        found = {}
        for folder, dirs, files in os.walk(self.root, followlinks=False):
            dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
            for file_name in files:
                path = Path(folder, file_name)
                name = path.relative_to(self.root).as_posix()
                info = os.lstat(path)
                if not stat.S_ISREG(info.st_mode):
                    self.refused.append((name, "link"))
                    continue
                found[name] = info.st_size
        return found

    @contextmanager
    def open(self, name):
        path = (self.root / name).resolve()
        if not _safe_name(name) or self.root not in path.parents:
            raise FileNotFoundError(name)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(descriptor, "rb") as handle:
            yield handle


class ZipSource:
    def __init__(self, path_or_file, *, max_bytes, max_total_bytes):
        try:
            self.zip = zipfile.ZipFile(path_or_file)
        except (zipfile.BadZipFile, OSError) as error:
            raise SourceError("bad_zip") from error
        self.max_bytes = max_bytes
        self.max_total_bytes = max_total_bytes
        self.refused = []
        self._members = {}

    def listing(self):
        total = 0
        for info in self.zip.infolist():
            if info.is_dir():
                continue
            name = info.filename
            is_link = stat.S_ISLNK(info.external_attr >> 16)
            if not _safe_name(name) or is_link:
                self.refused.append((name, "link" if is_link else "unsafe_name"))
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_RATIO and info.file_size > 1024 * 1024:
                self.refused.append((name, "zip_bomb"))
                continue
            total += info.file_size
            if total > self.max_total_bytes:
                raise SourceError("zip_too_large", limit_mb=self.max_total_bytes // (1024 * 1024))
            self._members[PurePosixPath(name).as_posix()] = info
        return {name: info.file_size for name, info in self._members.items()}

    @contextmanager
    def open(self, name):
        """A seekable copy on local disk of one member, cut off past the size limit (sizes can lie)."""
        info = self._members.get(name)
        if info is None:
            raise FileNotFoundError(name)
        with tempfile.TemporaryFile() as copy, self.zip.open(info) as member:
            copied = _copy_capped(member, copy, self.max_bytes + 1)
            if copied > self.max_bytes:
                raise SourceError("too_large_member", name=name)
            copy.seek(0)
            yield copy


def _copy_capped(source, target, limit):
    copied = 0
    while copied < limit and (chunk := source.read(min(1024 * 1024, limit - copied))):
        target.write(chunk)
        copied += len(chunk)
    return copied


def batch_limits():
    """The configured size limits of a batch's files: each one, and all of them together."""
    return {
        "max_bytes": settings.ARCHIVE_FILE_MAX_BYTES,
        "max_total_bytes": getattr(settings, "ARCHIVE_BATCH_MAX_BYTES", 50 * 1024**3),
    }


def open_source(path, *, max_bytes, max_total_bytes):
    """A folder or a ZIP file, whichever `path` is."""
    path = Path(path)
    if path.is_dir():
        return FolderSource(path, max_bytes=max_bytes)
    return ZipSource(path, max_bytes=max_bytes, max_total_bytes=max_total_bytes)
