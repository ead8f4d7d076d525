import os
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from archive.models import FixityEvent, StoredFile


def run(*args):
    out, err = StringIO(), StringIO()
    with translation.override("en"):
        call_command("verify_archive", "--no-progress", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_intact_archive_passes_and_records_a_check_per_file(filled):
    out, _err = run()
    assert "Every file checked is intact." in out
    assert FixityEvent.objects.filter(outcome="ok").count() == StoredFile.objects.count()
    assert not StoredFile.objects.filter(last_checked_at__isnull=True).exists()


def test_corrupted_deleted_and_orphan_files_fail_the_check(filled, archive_root):
    corrupted, deleted = StoredFile.objects.all()[:2]
    path = archive_root / corrupted.storage_name
    os.chmod(path, 0o640)
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))
    (archive_root / deleted.storage_name).unlink()
    (archive_root / "zz").mkdir()
    (archive_root / "zz/stray").write_bytes(b"nobody's")
    with pytest.raises(CommandError, match="1 missing, 1 altered, 1 orphan"), translation.override("en"):
        run()
    assert FixityEvent.objects.get(stored_file=corrupted).outcome == "altered"
    assert FixityEvent.objects.get(stored_file=deleted).outcome == "missing"


def test_slices_check_the_files_checked_longest_ago_first(filled):
    run("--budget-seconds", "0")  # out of time at once: nothing checked
    assert not FixityEvent.objects.exists()
    first = StoredFile.objects.order_by("pk").first()
    StoredFile.objects.exclude(pk=first.pk).update(last_checked_at="2026-01-01T00:00:00Z")
    StoredFile.objects.filter(pk=first.pk).update(last_checked_at="2025-01-01T00:00:00Z")
    from archive.fixity import verify_files

    report = verify_files(budget_seconds=None)
    assert report.checked == StoredFile.objects.count()
    oldest_event = FixityEvent.objects.order_by("pk").first()
    assert oldest_event.stored_file_id == first.pk
