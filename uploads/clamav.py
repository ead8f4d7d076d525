"""An optional virus scan by a ClamAV daemon (Debian's clamav-daemon), one more layer after the
parsers: on when CLAMAV_SOCKET (a Unix socket path) or CLAMAV_HOST (with CLAMAV_PORT, 3310 by default)
is set. Once configured it is required: a file is refused when the daemon cannot be asked."""

import logging
import socket
import struct

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)
CHUNK = 64 * 1024


def scan(stream):
    """Nothing when the file is clean or no daemon is configured; ValidationError otherwise."""
    connect = _connector()
    if connect is None:
        return
    try:
        with connect() as connection:
            connection.settimeout(getattr(settings, "CLAMAV_TIMEOUT", 30))
            reply = _instream(connection, stream)
    except OSError as exc:
        logger.error("ClamAV daemon unreachable: %s", exc)
        raise _unavailable() from exc
    if reply.endswith("OK") and "FOUND" not in reply:
        return
    if reply.endswith("FOUND"):
        logger.warning("ClamAV refused an upload: %s", reply)
        raise ValidationError(
            _("The virus scanner found a threat in this file (%(name)s). It was not stored."),
            code="infected",
            params={"name": reply.removeprefix("stream:").removesuffix("FOUND").strip()},
        )
    logger.error("ClamAV daemon answered %r", reply)
    raise _unavailable()


def _connector():
    path = getattr(settings, "CLAMAV_SOCKET", "")
    host = getattr(settings, "CLAMAV_HOST", "")
    if path:

        def connect():
            connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            connection.connect(path)
            return connection

        return connect
    if host:
        port = getattr(settings, "CLAMAV_PORT", 3310)
        return lambda: socket.create_connection((host, port), timeout=getattr(settings, "CLAMAV_TIMEOUT", 30))
    return None


def _instream(connection, stream):
    """The clamd INSTREAM exchange: length-prefixed chunks, a zero length to end, one reply line."""
    connection.sendall(b"zINSTREAM\0")
    while chunk := stream.read(CHUNK):
        connection.sendall(struct.pack("!L", len(chunk)) + chunk)
    connection.sendall(struct.pack("!L", 0))
    reply = b""
    while not reply.endswith(b"\0"):
        data = connection.recv(4096)
        if not data:
            break
        reply += data
        if len(reply) > 4096:
            break
    stream.seek(0)
    return reply.rstrip(b"\0").decode("utf-8", "replace").strip()


def _unavailable():
    return ValidationError(
        _("The virus scanner could not check this file just now. Try again in a few minutes."),
        code="scanner_unavailable",
    )
