"""The database's side of a backup and of a restore, for PostgreSQL (pgBackRest) and SQLite.

PostgreSQL: pgBackRest takes full or incremental backups and archives every WAL segment, so any moment
since the oldest kept backup can be restored. Each run also writes a named restore point at the moment
its manifest was taken (tables share-locked meanwhile, so no write slips between the two), and the
drill restores exactly to it.

SQLite: the online backup API copies a consistent database while the site keeps running; restic then
keeps that copy (encrypted, deduplicated) with the files.
"""

import os
import socket
import sqlite3
import time
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from backups import manifest
from backups.tools import ToolError, pg_bindir, pgbackrest, run


def take_manifest(run_id, *, sqlite_copy_to=None):
    """The manifest of the database now; on PostgreSQL with a restore point of the same moment, on
    SQLite with a copy of the database made in the same read transaction (the same snapshot)."""
    if connection.vendor != "postgresql":
        with transaction.atomic():
            recorded = manifest.take(run_id=run_id, taken_at=timezone.now().isoformat())
            sqlite_copy(sqlite_copy_to)
        return recorded
    with transaction.atomic(), connection.cursor() as cursor:
        tables = [model._meta.db_table for model in manifest.counted_models()]
        cursor.execute(
            "LOCK TABLE {} IN SHARE MODE".format(", ".join(map(connection.ops.quote_name, tables)))
        )
        recorded = manifest.take(run_id=run_id, taken_at=timezone.now().isoformat(), restore_point=run_id)
        cursor.execute("SELECT pg_create_restore_point(%s)", [run_id])
    return recorded


def sqlite_copy(destination):
    """A copy of the SQLite database made by the online backup API while the site keeps running,
    through this connection (inside a transaction: the snapshot its reads saw)."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.unlink(missing_ok=True)
    connection.ensure_connection()
    target = sqlite3.connect(destination)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    return destination


def pg_backup(kind):
    """A pgBackRest backup (full, diff or incr), creating the stanza the first time."""
    info = pgbackrest("info", "--output=json")
    if '"status":{"code":1' in info.replace(" ", ""):  # "missing stanza path"
        pgbackrest("stanza-create")
    pgbackrest("backup", f"--type={kind}")


def pg_archive_now():
    """Close the current WAL segment and wait until pgBackRest has archived it (the restore point)."""
    pgbackrest("check")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ScratchCluster:
    """A PostgreSQL cluster restored by pgBackRest into a scratch folder, on a free port of its own."""

    def __init__(self, folder, *, user):
        self.folder = Path(folder)
        self.data = self.folder / "pgdata"
        self.port = free_port()
        self.user = user or None

    def restore(self, *, target=None, target_time=None):
        """Restore the latest backup, replayed to a restore point, a moment, or the end of the WAL."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.user:
            os.chown(self.folder, *_ids(self.user))
        options = [f"--pg1-path={self.data}", "--archive-mode=off", "--target-action=promote"]
        if target:
            options += ["--type=name", f"--target={target}"]
        elif target_time:
            options += ["--type=time", f"--target={target_time}"]
        pgbackrest("restore", *options)
        self._write_config()

    def _write_config(self):
        # A Debian cluster keeps these in /etc/postgresql: the scratch copy gets its own, local only.
        (self.data / "postgresql.conf").touch()
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhost all all 127.0.0.1/32 trust\n", encoding="utf-8"
        )
        if self.user:
            for path in (self.data / "postgresql.conf", self.data / "pg_hba.conf"):
                os.chown(path, *_ids(self.user))

    def start(self, timeout=120):
        settings_line = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c archive_mode=off "
            # A scratch copy, thrown away after the checks: no need to wait for the disk.
            "-c fsync=off -c synchronous_commit=off "
            f"-c hba_file={self.data / 'pg_hba.conf'} -c config_file={self.data / 'postgresql.conf'}"
        )
        run(
            [
                f"{pg_bindir()}/pg_ctl",
                "-D",
                str(self.data),
                "-l",
                str(self.folder / "log"),
                "-o",
                settings_line,
                "-w",
                "-t",
                str(timeout),
                "start",
            ],
            user=self.user,
        )
        deadline = time.monotonic() + timeout
        while self.query("SELECT pg_is_in_recovery()") != "f":
            if time.monotonic() > deadline:
                raise ToolError(_("The restored database did not finish its recovery in time."))
            time.sleep(0.2)

    def query(self, sql, database="postgres"):
        return run(
            [
                f"{pg_bindir()}/psql",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                database,
                "-Atc",
                sql,
            ],
            check=False,
        ).strip()

    def last_replayed_transaction(self):
        """When the newest recovered transaction committed (None if replay applied none)."""
        value = self.query("SELECT pg_last_xact_replay_timestamp()")
        return value or None

    def stop(self):
        if (self.data / "postmaster.pid").exists():
            run(
                [f"{pg_bindir()}/pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop"],
                user=self.user,
                check=False,
            )


def _ids(user):
    import pwd

    entry = pwd.getpwnam(user)
    return entry.pw_uid, entry.pw_gid
