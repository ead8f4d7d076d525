"""One backup run: the database (pgBackRest, or SQLite's online backup), its manifest, then the files.

The order matters. The database goes first and its manifest marks the moment it is restored to; the
files (restic) go after, so every file a restored row names was already written when they were
copied. Files written between the two are in the file backup with no row: the drill names them.
"""

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

from backups import database
from backups.tools import restic, restic_init_if_needed

TAG = "isoko-backup"


@dataclass
class BackupResult:
    run_id: str
    manifest: dict
    snapshot_id: str
    paths: list


def staging_folder():
    return settings.BACKUP_ROOT / "staging"


def file_roots():
    """The folders restic keeps: the archive (when on disk), the uploads, BACKUP_PATHS."""
    roots = [Path(path) for path in settings.BACKUP_PATHS]
    if not getattr(settings, "ARCHIVE_S3_BUCKET", ""):
        roots.insert(0, Path(settings.ARCHIVE_ROOT))
    roots.insert(1, Path(settings.MEDIA_ROOT))
    return [root.resolve() for root in dict.fromkeys(roots)]


def backup_run(*, kind="incr"):
    """Back up the database and the files; returns the run's manifest and the restic snapshot."""
    run_id = "isoko-" + timezone.now().strftime("%Y%m%dT%H%M%S%fZ")
    staging = staging_folder().resolve()
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    roots = file_roots()
    for root in roots:
        root.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "postgresql":
        database.pg_backup(kind)
        recorded = database.take_manifest(run_id)
        database.pg_archive_now()
    else:
        recorded = database.take_manifest(run_id, sqlite_copy_to=staging / "db.sqlite3")
    recorded.update(
        archive_root=str(Path(settings.ARCHIVE_ROOT).resolve()),
        media_root=str(Path(settings.MEDIA_ROOT).resolve()),
        staging=str(staging),
        database_name=str(connection.settings_dict["NAME"]),
    )
    (staging / "manifest.json").write_text(json.dumps(recorded, indent=1, sort_keys=True), encoding="utf-8")
    kept = settings.BACKUP_ROOT / "manifests"
    kept.mkdir(exist_ok=True)
    shutil.copy(staging / "manifest.json", kept / f"{run_id}.json")
    restic_init_if_needed()
    restic(
        "backup",
        "--tag",
        TAG,
        "--tag",
        run_id,
        "--host",
        settings.BACKUP_HOST,
        *map(str, roots),
        str(staging),
    )
    snapshot = latest_snapshot()
    return BackupResult(run_id=run_id, manifest=recorded, snapshot_id=snapshot["short_id"], paths=roots)


def snapshots():
    found = restic("snapshots", "--tag", TAG, "--host", settings.BACKUP_HOST, json_output=True) or []
    return sorted(found, key=lambda snapshot: snapshot["time"])


def latest_snapshot(before=None):
    """The newest snapshot (taken at or before `before`, an aware datetime, if given)."""
    chosen = None
    for snapshot in snapshots():
        if before is None or _parse_time(snapshot["time"]) <= before:
            chosen = snapshot
    return chosen


def _parse_time(value):
    # restic writes nanoseconds; Python reads microseconds.
    head, _, rest = value.partition(".")
    fraction, zone = rest[:6], rest.lstrip("0123456789")
    from datetime import datetime

    return datetime.fromisoformat(f"{head}.{fraction or '0'}{zone.replace('Z', '+00:00')}")
