"""The restore drill, end to end with real tools: `manage.py backup` (pgBackRest on a PostgreSQL cluster
of the test's own, or SQLite's online backup; restic for files), then `manage.py restore_drill` restores
into a scratch database and folder and checks what it got."""

from pathlib import Path

import pytest
from django.db import connection

from archive.models import StoredFile
from tests.backups.conftest import manage

CORRUPT = """
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("UPDATE archive_storedfile SET sha256 = '%(sha)s' WHERE id = %(pk)d")
"""


@pytest.mark.django_db(transaction=True)
def test_drill_restores_the_latest_backup_and_finds_it_identical(
    filled, criminal_record_extract, justice_form, site
):
    first = manage(site, "backup", "--type", "full")
    assert "Backup isoko-" in first.stdout
    # A second, incremental run: the drill restores the latest.
    manage(site, "backup", "--type", "incr")

    drill = manage(site, "restore_drill", check=False)

    assert drill.returncode == 0, drill.stdout + drill.stderr
    assert "The restored copy matches the backup." in drill.stdout
    for check in ("files named by rows: passed", "verify_archive: passed", "verify_audit: passed"):
        assert check in drill.stdout
    assert "Recovery time:" in drill.stdout
    assert "Recovery point:" in drill.stdout
    if connection.vendor == "postgresql":
        assert "Restoring the database with pgBackRest" in drill.stdout


@pytest.mark.django_db(transaction=True)
def test_drill_names_a_deleted_file_a_corrupted_row_and_a_file_newer_than_the_database(
    filled, criminal_record_extract, justice_form, site
):
    manage(site, "backup", "--type", "full")
    # Damage after the backup, then the next backup keeps it: the drill must not bless it.
    deleted, corrupted = StoredFile.objects.order_by("pk")[:2]
    (Path(site["ARCHIVE_ROOT"]) / deleted.storage_name).unlink()
    form_file = justice_form.files.get()
    form_file.file.storage.delete(form_file.file.name)
    # A row changed behind the application's back, as a disk error or an intruder would, in the site's
    # database (the test's own PostgreSQL cluster, or SQLite's file).
    manage(site, "shell", "-c", CORRUPT % {"sha": "0" * 64, "pk": corrupted.pk})
    (Path(site["ARCHIVE_ROOT"]) / "written-after-the-database.pdf").write_bytes(b"%PDF-1.4 newer\n")
    manage(site, "backup", "--type", "incr")

    drill = manage(site, "restore_drill", check=False)

    assert drill.returncode == 1
    assert f"Missing: {deleted.storage_name}" in drill.stderr
    assert f"Altered (checksum differs): {corrupted.storage_name}" in drill.stderr
    assert "missing file (forms_library.formfile" in drill.stderr
    assert "written-after-the-database.pdf" in drill.stdout  # named, not counted as damage
    assert "The restore drill found 3 differences." in drill.stderr
