"""The archive on S3-compatible object storage (django-storages) as on disk: the same ingest, the same
downloads, verify_archive finding the same missing, altered and orphan files.

The S3 server is moto's standalone server, an emulator of the S3 API (not Amazon's service), started by
these tests on loopback."""

import hashlib
import io
import socket
import uuid
import zipfile

import boto3
import pytest
from django.core.files.storage import storages
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from archive.models import StoredFile
from tests.archive.conftest import PASSWORD, ingest
from tests.archive.ocr_helpers import needs_ocr_tools

moto_server = pytest.importorskip("moto.server")
KEYS = {"access_key": "emulator-only", "secret_key": "emulator-only"}  # moto accepts any


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def s3_client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=KEYS["access_key"],
        aws_secret_access_key=KEYS["secret_key"],
    )


@pytest.fixture(params=["disk", "s3"])
def backend(request, settings, archive_root):
    """Where this test's archive lives: the default folder, or a fresh bucket on the S3 emulator."""
    if request.param == "disk":
        yield {"kind": "disk", "root": archive_root}
        return
    endpoint = request.getfixturevalue("s3_endpoint")
    bucket = f"isoko-archive-{uuid.uuid4().hex[:12]}"
    client = s3_client(endpoint)
    client.create_bucket(Bucket=bucket)
    settings.STORAGES = {
        **settings.STORAGES,
        "archive": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "file_overwrite": False,
                "default_acl": None,
                "querystring_auth": False,
                **KEYS,
            },
        },
    }
    storages._storages.pop("archive", None)
    storages.__dict__.pop("backends", None)
    yield {"kind": "s3", "client": client, "bucket": bucket}
    storages._storages.pop("archive", None)
    storages.__dict__.pop("backends", None)


def stored_bytes(backend, name):
    if backend["kind"] == "disk":
        return (backend["root"] / name).read_bytes()
    return backend["client"].get_object(Bucket=backend["bucket"], Key=name)["Body"].read()


def replace(backend, name, data):
    if backend["kind"] == "disk":
        path = backend["root"] / name
        path.chmod(0o640)
        path.write_bytes(data)
    else:
        backend["client"].put_object(Bucket=backend["bucket"], Key=name, Body=data)


def remove(backend, name):
    if backend["kind"] == "disk":
        (backend["root"] / name).unlink()
    else:
        backend["client"].delete_object(Bucket=backend["bucket"], Key=name)


def verify():
    out, err = io.StringIO(), io.StringIO()
    with translation.override("en"):
        call_command("verify_archive", "--no-progress", stdout=out, stderr=err)
    return out.getvalue()


def test_same_ingest_stores_every_file_with_its_checksum(backend, filled, client):
    files = StoredFile.objects.select_related("document__servant").order_by("pk")
    assert files.count() == 7  # 5 originals, 2 viewing copies of the scans
    for stored in files:
        data = stored_bytes(backend, stored.storage_name)
        assert hashlib.sha256(data).hexdigest() == stored.sha256
        assert len(data) == stored.size_bytes
    # The servant downloads their decree through the permission-checked view, from either storage.
    alice = filled["alice"]
    alice.user.set_password(PASSWORD)
    alice.user.save()
    client.force_login(alice.user)
    decree = files.get(document__servant=alice, role="original", file_format="pdf")
    answer = client.get(reverse("archive:original", kwargs={"public_id": decree.public_id}))
    assert answer.status_code == 200
    assert b"".join(answer.streaming_content) == stored_bytes(backend, decree.storage_name)


def test_verify_archive_passes_then_finds_missing_altered_and_orphan_files(backend, filled):
    assert "Every file checked is intact." in verify()
    altered, missing = StoredFile.objects.order_by("pk")[:2]
    replace(backend, altered.storage_name, b"%PDF-1.4 not the decree that was stored")
    remove(backend, missing.storage_name)
    if backend["kind"] == "disk":
        (backend["root"] / "zz").mkdir()
        (backend["root"] / "zz" / "stray").write_bytes(b"nobody's")
    else:
        backend["client"].put_object(Bucket=backend["bucket"], Key="zz/stray", Body=b"nobody's")
    with pytest.raises(CommandError, match="1 missing, 1 altered, 1 orphan"), translation.override("en"):
        verify()


def test_a_re_run_batch_adds_nothing_on_either_storage(backend, filled, tmp_path):
    before = StoredFile.objects.count()
    batch = ingest(tmp_path / "batch" / "manifest.csv", tmp_path / "batch" / "files")
    assert batch.status == "done"
    assert StoredFile.objects.count() == before


def test_a_queued_upload_runs_from_either_storage_and_leaves_nothing_behind(
    backend, alice, document_types, hr_justice, django_capture_on_commit_callbacks
):
    """The worker reads the upload where the web kept it: the folder, or the bucket (the ZIP spooled)."""
    from django.core.files.base import ContentFile

    from archive.ingest.tasks import batch_enqueue
    from archive.storage import all_stored_names
    from tests.archive.conftest import make_pdf, make_scan

    members = io.BytesIO()
    with zipfile.ZipFile(members, "w") as archive:
        archive.writestr("decree.pdf", make_pdf("Decree"))
        archive.writestr("p1.png", make_scan("PNG"))
    manifest = (
        "matricule,document_type,date,title,reference,file\n"
        "JU-1001,appointment,2010-03-01,Decree,,decree.pdf\n"
        "JU-1001,promotion,2015-07-01,Promotion,,p1.png\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        batch = batch_enqueue(
            manifest=ContentFile(manifest.encode(), name="manifest.csv"),
            files=ContentFile(members.getvalue(), name="files.zip"),
            user=hr_justice,
        )
    batch.refresh_from_db()
    assert batch.status == "done" and alice.documents.count() == 2
    assert not [name for name in all_stored_names() if name.startswith("incoming/")]
    assert "Every file checked is intact." in verify()


@needs_ocr_tools
@pytest.mark.django_db(transaction=True)
def test_ocr_replaces_the_viewing_copy_on_either_storage(backend, settings, scans):
    settings.ARCHIVE_OCR_ON_INGEST = True
    manifest, files_dir, _files = scans
    assert ingest(manifest, files_dir).status == "done"
    viewing = StoredFile.objects.filter(role="viewing")
    assert viewing.count() == 2
    for stored in viewing:
        assert b"/Font" in stored_bytes(backend, stored.storage_name)  # the text layer's font
    # The scans' first viewing copies were removed, not left behind as orphans.
    assert "Every file checked is intact." in verify()


def test_the_bucket_setting_puts_the_archive_on_object_storage():
    import os
    import subprocess
    import sys

    from django.conf import settings

    env = {
        **os.environ,
        "ARCHIVE_S3_BUCKET": "isoko-archive",
        "ARCHIVE_S3_ENDPOINT_URL": "http://127.0.0.1:9",
    }
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "a = s.STORAGES['archive']; print(a['BACKEND'], a['OPTIONS']['bucket_name'], a['OPTIONS']['endpoint_url'])"
    )
    env["DJANGO_SETTINGS_MODULE"] = "isoko.settings"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["storages.backends.s3.S3Storage", "isoko-archive", "http://127.0.0.1:9"]
