"""The restore drill: restore the latest backup (or a chosen moment) into a scratch database and folder,
check it with the project's own checks, and measure how long it took and how old the data is.

The checks run in a separate `manage.py check_restored` process pointed at the scratch copy
(DATABASE_URL, ARCHIVE_ROOT, MEDIA_ROOT), so they are exactly those an operator would run: the
manifest's row counts and published-catalogue checksum, every file a row names and its SHA-256,
`verify_archive` and `verify_audit`.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from backups import services
from backups.database import ScratchCluster
from backups.tools import ToolError, restic


@dataclass
class DrillReport:
    snapshot: str = ""
    run_id: str = ""
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # named, not failures: files newer than the database
    recovery_seconds: float = 0.0
    recovered_to: datetime | None = None
    checks: dict = field(default_factory=dict)
    steps: dict = field(default_factory=dict)  # seconds per step: files, database, checks

    @property
    def ok(self):
        return not self.problems


def restore_drill(*, moment=None, scratch=None, keep=False, say=lambda line: None):
    """Restore and check; `moment` (aware datetime) restores to then instead of the latest backup."""
    started = time.monotonic()
    report = DrillReport()
    folder = Path(scratch or tempfile.mkdtemp(prefix="isoko-drill-", dir=_scratch_parent()))
    folder.chmod(0o755)  # the scratch cluster's user (BACKUP_PG_RUN_AS) must reach its folder
    cluster = None
    try:
        snapshot = services.latest_snapshot(before=moment)
        if snapshot is None:
            raise ToolError(_("No backup found to restore."))
        report.snapshot = snapshot["short_id"]
        say(
            _("Restoring files of snapshot %(id)s (%(time)s)…")
            % {"id": snapshot["short_id"], "time": snapshot["time"]}
        )
        files = folder / "files"
        restic("restore", snapshot["id"], "--target", str(files))
        report.steps["files"] = time.monotonic() - started
        recorded = json.loads(
            _inside(files, _staging_of(snapshot)).joinpath("manifest.json").read_text("utf-8")
        )
        report.run_id = recorded["run_id"]
        env = {
            "ARCHIVE_ROOT": str(_inside(files, recorded["archive_root"])),
            "MEDIA_ROOT": str(_inside(files, recorded["media_root"])),
        }
        cluster = _restore_database(folder, files, recorded, moment, env, report, say)
        report.steps["database"] = time.monotonic() - started - report.steps["files"]
        say(_("Checking the restored copy…"))
        found = _check_restored(
            folder / "manifest.json",
            recorded,
            env,
            compare=moment is None or recorded["engine"] != "postgresql",
        )
        report.problems += found["problems"]
        report.notes += found["notes"]
        report.checks = found["checks"]
        report.steps["checks"] = time.monotonic() - started - report.steps["files"] - report.steps["database"]
    except ToolError as error:
        report.problems.append(str(error))
    finally:
        if cluster is not None:
            cluster.stop()
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    report.recovery_seconds = time.monotonic() - started
    return report


def _restore_database(folder, files, recorded, moment, env, report, say):
    """Restore the database beside the files; sets DATABASE_URL and the recovery point. Returns the
    scratch cluster to stop (PostgreSQL) or None (SQLite: the copy the backup kept)."""
    if recorded["engine"] != "postgresql":
        database = folder / "db.sqlite3"
        shutil.copy(_inside(files, recorded["staging"]) / "db.sqlite3", database)
        env["DATABASE_URL"] = f"sqlite:///{database}"
        report.recovered_to = _parse(recorded["taken_at"])
        return None
    cluster = ScratchCluster(folder / "postgresql", user=settings.BACKUP_PG_RUN_AS)
    say(_("Restoring the database with pgBackRest…"))
    try:
        if moment is None:
            cluster.restore(target=recorded["restore_point"])
        else:
            cluster.restore(target_time=moment.isoformat())
        cluster.start()
    except ToolError:
        cluster.stop()
        raise
    env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:{cluster.port}/{recorded['database_name']}"
    replayed = cluster.last_replayed_transaction()
    report.recovered_to = _parse(replayed) if replayed else _parse(recorded["taken_at"])
    return cluster


def _check_restored(manifest_path, recorded, env, *, compare):
    manifest_path.write_text(json.dumps(recorded), encoding="utf-8")
    command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "check_restored", str(manifest_path)]
    if not compare:
        command.append("--no-compare")
    done = subprocess.run(
        command,
        env={
            **os.environ,
            **env,
            # The copy stands alone: no shared cache, no queue, no bucket of the live site.
            "REDIS_URL": "",
            "TASK_BROKER_URL": "",
            "ARCHIVE_S3_BUCKET": "",
            "OPERATOR_LANGUAGE": "en",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        return {
            "problems": [
                _("The checks of the restored copy failed: %(error)s") % {"error": done.stderr[-2000:]}
            ],
            "notes": [],
            "checks": {},
        }


def _staging_of(snapshot):
    """The staging folder among a snapshot's paths (the one holding manifest.json)."""
    return next(path for path in snapshot["paths"] if path.rstrip("/").endswith("/staging"))


def _inside(root, absolute):
    return Path(root) / str(absolute).lstrip("/")


def _parse(value):
    parsed = datetime.fromisoformat(value.replace(" ", "T") if "T" not in value else value)
    if parsed.tzinfo is None:
        parsed = timezone.make_aware(parsed)
    return parsed


def _scratch_parent():
    parent = settings.BACKUP_ROOT / "drills"
    parent.mkdir(parents=True, exist_ok=True)
    return parent
