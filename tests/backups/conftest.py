"""A site to back up, reachable from other processes: on PostgreSQL a real cluster started in a temporary
folder (initdb, pg_ctl) that archives its WAL to pgBackRest, loaded with the test database's rows; on
SQLite a copy of the test database in a file. pgBackRest's and restic's repositories are temporary
folders too."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from backups.database import free_port
from backups.tools import missing_tools, pg_bindir
from tests.archive.conftest import (  # noqa: F401 (fixtures)
    alice,
    archive_root,
    bob,
    career,
    carine,
    document_types,
    filled,
    no_ocr_unless_asked,
)
from tests.archive.test_killed_batch import database_url

ROOT = Path(settings.BASE_DIR)
RUN_AS = "postgres" if os.geteuid() == 0 else None  # PostgreSQL refuses to run as root


def tools_missing():
    needed = ["restic"] + (["pgbackrest"] if connection.vendor == "postgresql" else [])
    missing = missing_tools(*needed)
    if connection.vendor == "postgresql":
        try:
            pg_bindir()
        except Exception:
            missing.append("initdb/pg_ctl (/usr/lib/postgresql/*/bin)")
    return missing


def needs_backup_tools():
    missing = tools_missing()
    if missing:
        pytest.skip(f"backup tools not installed: {', '.join(missing)} (CI installs them)")


def run(command, env, *, user=None, check=True):
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, check=False, user=user, timeout=300
    )
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, command))} failed:\n{done.stdout}\n{done.stderr}")
    return done


class Cluster:
    """A PostgreSQL cluster of its own, WAL archived by pgBackRest into an encrypted repository."""

    def __init__(self, folder):
        self.folder = folder
        self.data = folder / "pgdata"
        self.port = free_port()
        self.bindir = pg_bindir()
        self.env = {
            **os.environ,
            "PGBACKREST_REPO1_PATH": str(folder / "pgbackrest-repo"),
            "PGBACKREST_REPO1_CIPHER_TYPE": "aes-256-cbc",
            "PGBACKREST_REPO1_CIPHER_PASS": "a-test-passphrase-not-for-production",
            "PGBACKREST_REPO1_RETENTION_FULL": "2",
            "PGBACKREST_PG1_PATH": str(self.data),
            "PGBACKREST_PG1_PORT": str(self.port),
            "PGBACKREST_PG1_SOCKET_PATH": str(folder),
            "PGBACKREST_LOCK_PATH": str(folder / "lock"),
            "PGBACKREST_LOG_PATH": str(folder / "log"),
            "PGBACKREST_LOG_LEVEL_FILE": "off",
            "PGBACKREST_START_FAST": "y",
            "PGBACKREST_COMPRESS_TYPE": "lz4",
            "PGBACKREST_COMPRESS_LEVEL": "1",
            "PGBACKREST_ARCHIVE_TIMEOUT": "30",
        }

    def start(self):
        run(
            [f"{self.bindir}/initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8"],
            self.env,
            user=RUN_AS,
        )
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c wal_level=replica "
            '-c archive_mode=on -c "archive_command=pgbackrest --stanza=isoko archive-push %p" '
            "-c fsync=off -c full_page_writes=on"
        )
        run(
            [
                f"{self.bindir}/pg_ctl",
                "-D",
                self.data,
                "-l",
                self.folder / "server.log",
                "-o",
                options,
                "-w",
                "start",
            ],
            self.env,
            user=RUN_AS,
        )

    def stop(self):
        run(
            [f"{self.bindir}/pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop"],
            self.env,
            user=RUN_AS,
            check=False,
        )

    def load_test_database(self):
        """The test database's rows (committed by a transactional test) copied into this cluster."""
        db = settings.DATABASES["default"]
        run(
            [f"{self.bindir}/createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "isoko"],
            self.env,
        )
        dump = subprocess.Popen(
            [
                f"{self.bindir}/pg_dump",
                "-h",
                db["HOST"],
                "-p",
                str(db["PORT"] or 5432),
                "-U",
                db["USER"],
                "--no-owner",
                db["NAME"],
            ],
            stdout=subprocess.PIPE,
        )
        restore = subprocess.run(
            [
                f"{self.bindir}/psql",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                "isoko",
            ],
            stdin=dump.stdout,
            capture_output=True,
            text=True,
            check=False,
        )
        dump.wait()
        assert restore.returncode == 0, restore.stderr
        return f"postgres://postgres@127.0.0.1:{self.port}/isoko"


@pytest.fixture
def site(tmp_path):
    """Environment for `manage.py` processes working on a copy of the test database and its files."""
    needs_backup_tools()
    # PostgreSQL runs as `postgres` when we are root: its folders must be reachable by that user, which
    # pytest's own temporary folders (mode 700) are not.
    folder = Path(tempfile.mkdtemp(prefix="isoko-backups-test-"))
    folder.chmod(0o755)
    cluster = None
    env = {
        **os.environ,
        "LANGUAGE_CODE": "en",
        "OPERATOR_LANGUAGE": "en",
        "ARCHIVE_ROOT": str(settings.STORAGES["archive"]["OPTIONS"]["location"]),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "BACKUP_ROOT": str(folder / "backup"),
        "RESTIC_REPOSITORY": str(folder / "restic-repo"),
        "RESTIC_PASSWORD": "another-test-passphrase",
        "REDIS_URL": "",
    }
    try:
        if connection.vendor == "postgresql":
            if RUN_AS:
                shutil.chown(folder, RUN_AS, RUN_AS)
            cluster = Cluster(folder)
            cluster.start()
            env.update({k: v for k, v in cluster.env.items() if k.startswith("PGBACKREST_")})
            env["DATABASE_URL"] = cluster.load_test_database()
        else:
            env["DATABASE_URL"] = database_url(tmp_path)[0]
        yield env
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def manage(env, *arguments, check=True):
    return run([sys.executable, str(ROOT / "manage.py"), *arguments], env, check=check)
