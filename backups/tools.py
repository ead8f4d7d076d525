"""The well-kept tools backups are made with, run as programs: pgBackRest, restic, PostgreSQL's own.

Their configuration is theirs: pgBackRest reads `/etc/pgbackrest/pgbackrest.conf` and `PGBACKREST_*`
variables, restic `RESTIC_REPOSITORY` and `RESTIC_PASSWORD` (or `_FILE`). Isôko only adds defaults (a
repository under BACKUP_ROOT) and the stanza name.
"""

import glob
import json
import os
import shutil
import subprocess

from django.conf import settings
from django.utils.translation import gettext as _


class ToolError(Exception):
    """A backup tool is missing, or failed: the message says which and what it said."""


def missing_tools(*names):
    return [name for name in names if shutil.which(name) is None]


def run(command, *, env=None, user=None, input=None, check=True, timeout=None):
    """Run a program and return its standard output; a failure raises ToolError with its error output."""
    try:
        done = subprocess.run(
            command,
            env={**os.environ, **(env or {})},
            user=user or None,
            group=user or None,
            extra_groups=[] if user else None,
            input=input,
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
    except FileNotFoundError as error:
        raise ToolError(_("%(tool)s is not installed.") % {"tool": command[0]}) from error
    if check and done.returncode != 0:
        raise ToolError(
            _("%(tool)s failed (exit status %(status)d): %(error)s")
            % {"tool": " ".join(command[:3]), "status": done.returncode, "error": done.stderr.strip()[-2000:]}
        )
    return done.stdout


def restic_env():
    """restic's own variables, with the repository under BACKUP_ROOT when none is named."""
    env = {"RESTIC_REPOSITORY": os.environ.get("RESTIC_REPOSITORY") or str(settings.BACKUP_ROOT / "restic")}
    if not (os.environ.get("RESTIC_PASSWORD") or os.environ.get("RESTIC_PASSWORD_FILE")):
        raise ToolError(_("Set RESTIC_PASSWORD or RESTIC_PASSWORD_FILE: the file backup is encrypted."))
    env["RESTIC_CACHE_DIR"] = os.environ.get("RESTIC_CACHE_DIR") or str(settings.BACKUP_ROOT / "restic-cache")
    return env


def restic(*arguments, json_output=False):
    env = restic_env()
    out = run(["restic", *arguments, *(["--json"] if json_output else [])], env=env)
    return json.loads(out) if json_output and out.strip() else out


def restic_init_if_needed():
    env = restic_env()
    repository = env["RESTIC_REPOSITORY"]
    if ":" not in repository.split("/")[0] and not os.path.exists(os.path.join(repository, "config")):
        os.makedirs(repository, exist_ok=True)
        run(["restic", "init"], env=env)
    elif ":" in repository.split("/")[0] and not run(["restic", "cat", "config"], env=env, check=False):
        run(["restic", "init"], env=env)  # s3:, sftp:, rest:… — the repository itself said it has none


def pgbackrest(*arguments):
    """pgBackRest, as the database's system user when we are root (it must own the data directory)."""
    return run(
        ["pgbackrest", f"--stanza={settings.BACKUP_PG_STANZA}", *arguments], user=settings.BACKUP_PG_RUN_AS
    )


def pg_bindir():
    """PostgreSQL's programs (initdb, pg_ctl): BACKUP_PG_BINDIR, or Debian's newest version."""
    if settings.BACKUP_PG_BINDIR:
        return settings.BACKUP_PG_BINDIR
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda path: int(path.split("/")[-2]))
    if not found:
        raise ToolError(_("PostgreSQL's programs were not found: set BACKUP_PG_BINDIR."))
    return found[-1]
