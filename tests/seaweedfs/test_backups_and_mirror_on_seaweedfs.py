"""The restic repository and the mirror's push on a real SeaweedFS bucket."""

import io
import shutil
import uuid

import pytest
from django.core.management import call_command

from backups.tools import restic, restic_init_if_needed
from tests.seaweedfs.conftest import KEYS, s3_client


@pytest.fixture
def bucket(seaweedfs):
    name = f"isoko-{uuid.uuid4().hex[:12]}"
    s3_client(seaweedfs).create_bucket(Bucket=name)
    return name


@pytest.mark.skipif(shutil.which("restic") is None, reason="restic not installed (CI installs it)")
def test_restic_keeps_files_encrypted_in_a_seaweedfs_bucket_and_restores_them(
    tmp_path, settings, monkeypatch, seaweedfs, bucket
):
    settings.BACKUP_ROOT = tmp_path / "backup"
    monkeypatch.setenv("RESTIC_REPOSITORY", f"s3:{seaweedfs}/{bucket}/restic")
    monkeypatch.setenv("RESTIC_PASSWORD", "a-test-passphrase")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", KEYS["access_key"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", KEYS["secret_key"])
    kept = tmp_path / "archive"
    kept.mkdir()
    (kept / "decree.pdf").write_bytes(b"%PDF-1.4 a decree of appointment\n")

    restic_init_if_needed()
    restic("backup", str(kept))
    restic("restore", "latest", "--target", str(tmp_path / "restored"))

    assert (
        (tmp_path / "restored" / str(kept).lstrip("/") / "decree.pdf").read_bytes().startswith(b"%PDF-1.4 a")
    )
    stored = s3_client(seaweedfs).list_objects_v2(Bucket=bucket, Prefix="restic/")["Contents"]
    assert stored and all(b"decree of appointment" not in get(seaweedfs, bucket, o["Key"]) for o in stored)


def get(endpoint, bucket, key):
    return s3_client(endpoint).get_object(Bucket=bucket, Key=key)["Body"].read()


@pytest.mark.skipif(shutil.which("rclone") is None, reason="rclone not installed (CI installs it)")
@pytest.mark.django_db
def test_the_mirror_is_pushed_to_a_seaweedfs_bucket_with_rclone(
    tmp_path, settings, monkeypatch, seaweedfs, bucket, criminal_record_extract
):
    for name, value in {
        "TYPE": "s3",
        "PROVIDER": "SeaweedFS",
        "ENDPOINT": seaweedfs,
        "ACCESS_KEY_ID": KEYS["access_key"],
        "SECRET_ACCESS_KEY": KEYS["secret_key"],
    }.items():
        monkeypatch.setenv(f"RCLONE_CONFIG_SECONDSITE_{name}", value)
    # rclone 1.60 cannot apply a CA bundle to a plain-http endpoint; this machine's environment sets one.
    monkeypatch.delenv("AWS_CA_BUNDLE", raising=False)
    settings.MIRROR_PUSH_TO = f"secondsite:{bucket}/mirror"
    mirror = tmp_path / "mirror"

    call_command("build_mirror", str(mirror), "--push", stdout=io.StringIO(), stderr=io.StringIO())

    key = "mirror/fr/procedures/criminal-record-extract/index.html"
    assert get(seaweedfs, bucket, key) == (mirror / key.removeprefix("mirror/")).read_bytes()
