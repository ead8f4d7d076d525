"""Stacks coming in: the command line, the watched folder, uploads in the HR pages, two-pass duplex."""

import io
import os
import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from archive.models import Document
from scanning.models import ScanBatch, ScanClaim
from scanning.split import reorder_two_passes
from scanning.watch import claim, watch_once


def verified(client, user):
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_ingest_scans_prints_what_it_did(tmp_path, stack, alice):
    path = tmp_path / "stack.pdf"
    path.write_bytes(stack)
    out = StringIO()
    with translation.override("en"):
        call_command("ingest_scans", str(path), "--station", "hall-b", stdout=out)
    assert "3 dossiers, 4 documents (3 filed), 14 pages" in out.getvalue()
    assert ScanBatch.objects.get().station.name == "hall-b"


@pytest.mark.django_db
def test_ingest_scans_fails_only_when_nothing_could_be_read(tmp_path, db):
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(CommandError):
        call_command("ingest_scans", str(path), stdout=StringIO(), stderr=StringIO())


@pytest.mark.django_db
def test_watched_folder_takes_a_finished_file_once_and_leaves_one_being_written(
    tmp_path, stack, settings, station
):
    settings.SCANNING_WATCH_SETTLE_SECONDS = 5
    done = tmp_path / "a.pdf"
    done.write_bytes(stack)
    old = time.time() - 60
    os.utime(done, (old, old))
    (tmp_path / "b.pdf.part").write_bytes(stack[:1000])
    writing = tmp_path / "c.pdf"
    writing.write_bytes(stack[:5000])  # still changing: modified just now
    results = watch_once(tmp_path, station)
    assert [(name, outcome) for name, outcome, _detail in results] == [("a.pdf", "read")]
    assert (tmp_path / "taken" / "a.pdf").exists() and writing.exists()
    assert watch_once(tmp_path, station) == []
    assert ScanBatch.objects.count() == 1


@pytest.mark.django_db
def test_a_second_worker_gives_way_to_the_first_claim(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF")
    assert claim(path) is True
    assert claim(path) is False
    assert ScanClaim.objects.count() == 1


def test_two_pass_duplex_is_put_back_in_order():
    # fronts 1,3,5 scanned first; then backs 6,4,2 (the stack turned over)
    file_order = ["p1", "p3", "p5", "p6", "p4", "p2"]
    assert [file_order[i] for i in reorder_two_passes(6)] == ["p1", "p2", "p3", "p4", "p5", "p6"]


@pytest.mark.django_db
def test_hr_officer_uploads_a_stack_and_sees_its_check_screen(
    client, stack, hr_justice, alice, django_capture_on_commit_callbacks
):
    verified(client, hr_justice)
    upload = io.BytesIO(stack)
    upload.name = "stack.pdf"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("scanning:station"), {"file": upload, "sheets": ""})
    batch = ScanBatch.objects.get()
    assert response.status_code == 302
    # Without a broker the task runs at once (eager): the batch is read and filed.
    with translation.override("en"):
        page = client.get(reverse("scanning:batch", args=[batch.public_id]))
    assert page.status_code == 200
    assert "Needs a person" in page.content.decode()
    assert Document.objects.filter(servant=alice).count() == 1
    again = io.BytesIO(stack)
    again.name = "again.pdf"
    with translation.override("en"):
        response = client.post(reverse("scanning:station"), {"file": again, "sheets": ""})
    assert response.status_code == 200
    assert "already received" in response.content.decode()


@pytest.mark.django_db
def test_another_ministrys_officer_gets_a_404_for_the_batch(client, stack, hr_justice, hr_interior, station):
    from scanning.run import receive

    batch = receive(io.BytesIO(stack), name="s.pdf", station=station, user=hr_justice)
    verified(client, hr_interior)
    response = client.get(reverse("scanning:batch", args=[batch.public_id]))
    assert response.status_code == 404
    assert "s.pdf" not in response.content.decode()
