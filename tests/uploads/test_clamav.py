"""The optional ClamAV layer speaks clamd's INSTREAM protocol; here to a small clamd on loopback that
answers as the real daemon does (tests never need a real one)."""

import contextlib
import io
import socket
import struct
import tempfile
import threading

import pytest
from django.core.exceptions import ValidationError

from tests.uploads.samples import pdf_bytes
from uploads import DOCUMENTS, inspect_file

EICAR_MARK = b"EICAR-TEST"


class FakeClamd:
    """Accepts INSTREAM sessions; reports a threat when the scanned bytes contain EICAR_MARK."""

    def __init__(self, family=socket.AF_INET, address=("127.0.0.1", 0)):
        self.server = socket.socket(family, socket.SOCK_STREAM)
        self.server.bind(address)
        self.server.listen()
        self.address = self.server.getsockname()
        self.received = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                connection, _peer = self.server.accept()
            except OSError:
                return
            with connection:
                self._session(connection)

    def _session(self, connection):
        command = self._exactly(connection, len(b"zINSTREAM\0"))
        if command != b"zINSTREAM\0":
            connection.sendall(b"UNKNOWN COMMAND\0")
            return
        data = b""
        while length := struct.unpack("!L", self._exactly(connection, 4))[0]:
            data += self._exactly(connection, length)
        self.received.append(data)
        verdict = b"stream: Eicar-Test-Signature FOUND\0" if EICAR_MARK in data else b"stream: OK\0"
        connection.sendall(verdict)

    @staticmethod
    def _exactly(connection, size):
        data = b""
        while len(data) < size:
            chunk = connection.recv(size - len(data))
            if not chunk:
                raise ConnectionError("client went away")
            data += chunk
        return data

    def close(self):
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the thread waiting in accept()
        self.server.close()
        self.thread.join(timeout=5)


@pytest.fixture
def clamd(settings):
    daemon = FakeClamd()
    settings.CLAMAV_HOST, settings.CLAMAV_PORT = daemon.address
    yield daemon
    daemon.close()


def inspect(content):
    return inspect_file(io.BytesIO(content), allowed=DOCUMENTS, declared_name="form.pdf", max_bytes=10**7)


def test_a_clean_file_is_sent_whole_to_the_daemon_and_accepted(clamd):
    content = pdf_bytes(extra_page_text=b"BT /F1 12 Tf (" + b"x" * 200_000 + b") Tj ET")
    assert inspect(content).file_format == "pdf"
    assert clamd.received == [content]


def test_a_file_the_daemon_finds_infected_is_refused_with_the_threat_name(clamd):
    with pytest.raises(ValidationError) as error:
        inspect(pdf_bytes(extra_page_text=b"% " + EICAR_MARK))
    assert error.value.code == "infected"
    assert "Eicar-Test-Signature" in error.value.messages[0]


def test_when_the_configured_daemon_cannot_be_reached_the_file_is_refused(settings):
    unused = socket.socket()
    unused.bind(("127.0.0.1", 0))  # a port nobody listens on
    settings.CLAMAV_HOST, settings.CLAMAV_PORT = unused.getsockname()
    unused.close()
    with pytest.raises(ValidationError) as error:
        inspect(pdf_bytes())
    assert error.value.code == "scanner_unavailable"


def test_the_daemon_can_be_reached_through_a_unix_socket(settings):
    folder = tempfile.TemporaryDirectory(prefix="clamd")  # short: socket paths are limited to ~100 bytes
    path = f"{folder.name}/clamd.sock"
    daemon = FakeClamd(socket.AF_UNIX, path)
    settings.CLAMAV_SOCKET = path
    try:
        with pytest.raises(ValidationError) as error:
            inspect(pdf_bytes(extra_page_text=b"% " + EICAR_MARK))
    finally:
        daemon.close()
        folder.cleanup()
    assert error.value.code == "infected"


def test_without_a_configured_daemon_no_scan_is_attempted(settings):
    settings.CLAMAV_HOST, settings.CLAMAV_SOCKET = "", ""
    assert inspect(pdf_bytes(extra_page_text=b"% " + EICAR_MARK)).file_format == "pdf"
