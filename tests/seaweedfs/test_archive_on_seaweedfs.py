"""The archive's object-storage tests (tests/archive/test_object_storage.py, written against moto's
emulator) run again against a real SeaweedFS server. moto stays where a fault must be injected (its own
module's tests); here the bucket is a real one."""

import uuid

import pytest
from django.core.files.storage import storages

from tests.archive.test_object_storage import (  # noqa: F401 (the tests, collected here again)
    test_a_queued_upload_runs_from_either_storage_and_leaves_nothing_behind,
    test_a_re_run_batch_adds_nothing_on_either_storage,
    test_same_ingest_stores_every_file_with_its_checksum,
    test_verify_archive_passes_then_finds_missing_altered_and_orphan_files,
)
from tests.seaweedfs.conftest import KEYS, s3_client


@pytest.fixture
def backend(settings, seaweedfs):
    """The archive in a fresh bucket of the SeaweedFS server (the tests' `backend`, kind "s3")."""
    bucket = f"isoko-archive-{uuid.uuid4().hex[:12]}"
    client = s3_client(seaweedfs)
    client.create_bucket(Bucket=bucket)
    settings.STORAGES = {
        **settings.STORAGES,
        "archive": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": seaweedfs,
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
