"""Copy the mirror to a second host or bucket with rclone (Debian package), the well-kept sync tool.

MIRROR_PUSH_TO is an rclone destination: a folder, `remote:bucket/path` for a remote configured in
rclone's own configuration (RCLONE_CONFIG_<NAME>_* variables work too, see deploy/rclone.conf.example).
Checksums decide what to send, so an unchanged page costs nothing.
"""

import subprocess

from django.utils.translation import gettext as _


class PushFailed(Exception):
    pass


def push(source, destination):
    command = [
        "rclone",
        "sync",
        "--checksum",
        "--exclude",
        ".mirror-state.json",
        "--exclude",
        ".mirror.lock",
        str(source),
        str(destination),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=3600)
    except FileNotFoundError as error:
        raise PushFailed(_("rclone is not installed.")) from error
    if done.returncode != 0:
        raise PushFailed(done.stderr.strip()[-2000:])
