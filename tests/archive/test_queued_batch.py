"""A batch uploaded in the admin runs on the task queue: the upload is kept in the archive storage, the
batch is queued and its page follows it; a worker (here the task run in-process) fills that batch, once
however often it is delivered, and removes the upload once the batch is finished."""

import io
import logging
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from kombu.exceptions import OperationalError

from archive.fixity import verify_files
from archive.ingest import tasks
from archive.ingest.run import Ingest
from archive.models import Document, IngestBatch, IngestRow
from archive.storage import all_stored_names, archive_storage
from audit.models import AuditEvent
from background import queue
from background.celery import app
from tests.archive.conftest import make_pdf, make_scan

MANIFEST = (
    "matricule,document_type,date,title,reference,file\n"
    "JU-1001,appointment,2010-03-01,Uploaded decree,,a.pdf\n"
    "JU-1001,promotion,2015-07-01,Uploaded promotion,,p1.jpg|p2.png\n"
    "JU-1002,appointment,2012-01-15,Decree of Bob,,b.pdf\n"
)
FILES = {
    "a.pdf": make_pdf("a"),
    "p1.jpg": make_scan("JPEG"),
    "p2.png": make_scan("PNG"),
    "b.pdf": make_pdf("b"),
}
REFRESH = '<meta http-equiv="refresh"'


def zip_of(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def upload_form(manifest=MANIFEST, files=None):
    manifest_file = io.BytesIO(manifest.encode())
    manifest_file.name = "manifest.csv"
    zip_file = io.BytesIO(zip_of(FILES if files is None else files))
    zip_file.name = "files.zip"
    return {"manifest": manifest_file, "files": zip_file}


def uploads_kept():
    return sorted(name for name in all_stored_names() if name.startswith("incoming/"))


@pytest.fixture(autouse=True)
def in_english(settings):
    settings.LANGUAGE_CODE = "en"  # the admin speaks the default language
    with translation.override("en"):
        yield


@pytest.fixture
def no_eager():
    """As with TASK_BROKER_URL set: tasks go to the workers (the Celery app read its settings already)."""
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = eager


@pytest.fixture
def queued(client, archivist, alice, bob, document_types, no_eager, django_capture_on_commit_callbacks):
    """An archivist's upload, queued: the response, the batch and the task the commit would send."""
    client.force_login(archivist)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(reverse("admin:archive_ingestbatch_upload"), upload_form())
    return {"response": response, "batch": IngestBatch.objects.get(), "callbacks": callbacks}


def run_task(batch):
    """What a worker does with the message (retries included, at once)."""
    tasks.ingest_uploaded_batch.apply(args=[batch.pk])
    batch.refresh_from_db()
    return batch


def test_upload_returns_at_once_with_the_batch_queued_and_nothing_stored(queued, client):
    batch = queued["batch"]
    assert queued["response"].status_code == 302
    assert queued["response"]["Location"] == reverse("archive:batch", args=[batch.public_id])
    assert batch.status == IngestBatch.Status.QUEUED
    assert not Document.objects.exists() and not batch.rows.exists()
    # One task, for this batch, sent once the upload is committed (the audit chain seals its events
    # after the commit too: those callbacks are not tasks).
    [callback] = [c for c in queued["callbacks"] if getattr(c, "func", None) is queue.send]
    assert callback.func == queue.send and callback.args == (tasks.ingest_uploaded_batch, (batch.pk,))
    # The upload waits in the archive storage, where every worker reads it, under random names.
    assert len(uploads_kept()) == 2 and set(uploads_kept()) == set(batch.upload_names)
    assert not any("manifest" in name or "files" in name for name in uploads_kept())
    page = client.get(queued["response"]["Location"]).content.decode()
    assert "Queued: the batch is waiting for a worker" in page
    assert REFRESH in page
    event = AuditEvent.objects.get(action=AuditEvent.Action.UPLOAD)
    assert event.target_id == str(batch.pk) and event.details["status"] == "queued"


def test_running_the_queued_task_stores_the_documents_and_the_page_shows_the_report(
    queued, client, alice, bob
):
    batch = run_task(queued["batch"])
    assert batch.status == IngestBatch.Status.DONE
    assert alice.documents.count() == 2 and bob.documents.count() == 1
    page = client.get(reverse("archive:batch", args=[batch.public_id])).content.decode()
    assert "Finished · 3 of 3 rows handled" in page
    assert "3 documents stored" in page
    assert REFRESH not in page


def test_a_running_batch_shows_how_far_it_is_and_refreshes_itself(queued, client):
    batch = queued["batch"]
    IngestBatch.objects.filter(pk=batch.pk).update(status="running", rows_total=250, rows_done=40)
    page = client.get(reverse("archive:batch", args=[batch.public_id])).content.decode()
    assert "Running: 40 of 250 rows handled." in page
    assert '<progress max="250" value="40">' in page
    assert REFRESH in page


def test_the_stored_upload_is_removed_once_the_batch_is_finished(queued):
    assert len(uploads_kept()) == 2
    batch = run_task(queued["batch"])
    assert uploads_kept() == [] and batch.upload_names == []
    # The archive storage holds the documents' files and nothing else.
    assert set(all_stored_names()) == set(Document.objects.values_list("files__storage_name", flat=True))


def test_a_refused_batch_removes_its_upload_too(
    client, archivist, alice, document_types, no_eager, django_capture_on_commit_callbacks
):
    client.force_login(archivist)
    with django_capture_on_commit_callbacks(execute=False):
        client.post(reverse("admin:archive_ingestbatch_upload"), upload_form(manifest="nothing,useful\n"))
    batch = run_task(IngestBatch.objects.get())
    assert batch.status == IngestBatch.Status.REFUSED
    assert [p["code"] for p in batch.problems] == ["bad_columns"]
    assert uploads_kept() == []


def test_upload_in_eager_mode_is_finished_after_the_redirect(
    client, archivist, alice, bob, document_types, django_capture_on_commit_callbacks
):
    """`make run` and SQLite with nothing installed: no broker, the task runs in the request."""
    client.force_login(archivist)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:archive_ingestbatch_upload"), upload_form())
    page = client.get(response["Location"]).content.decode()
    assert "Finished · 3 of 3 rows handled" in page and REFRESH not in page
    assert alice.documents.count() == 2
    assert uploads_kept() == []
    # The upload was audited as it was queued, before the task ran.
    assert AuditEvent.objects.get(action=AuditEvent.Action.UPLOAD).details["status"] == "queued"


def test_with_the_broker_away_the_upload_still_answers_and_its_batch_stays_queued(
    client,
    archivist,
    alice,
    bob,
    document_types,
    no_eager,
    django_capture_on_commit_callbacks,
    monkeypatch,
    caplog,
):
    def broker_away(*args):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(tasks.ingest_uploaded_batch, "delay", broker_away)
    client.force_login(archivist)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:archive_ingestbatch_upload"), upload_form())
    assert response.status_code == 302  # not a 500 after the upload was committed
    batch = IngestBatch.objects.get()
    assert batch.status == IngestBatch.Status.QUEUED and set(uploads_kept()) == set(batch.upload_names)
    assert "task queue unreachable" in caplog.text


class Killed(BaseException):
    """A worker killed mid-batch (kill -9): nothing after it runs, not even the task's own error handling."""


def test_a_batch_cut_off_and_delivered_again_completes_without_duplicates(queued, monkeypatch):
    batch = queued["batch"]
    real_store_row = Ingest._store_row

    def killed_after_one_row(self, row):
        if self.batch.rows.exists():
            raise Killed
        real_store_row(self, row)

    monkeypatch.setattr(Ingest, "_store_row", killed_after_one_row)
    with pytest.raises(Killed):
        tasks.batch_run_upload(batch.pk)
    batch.refresh_from_db()
    assert batch.status == IngestBatch.Status.RUNNING and batch.rows.count() == 1
    assert len(uploads_kept()) == 2  # not finished: the upload stays for the next delivery
    monkeypatch.setattr(Ingest, "_store_row", real_store_row)

    run_task(batch)  # delivered again (acks late)
    run_task(batch)  # and once more, after it had finished
    batch.refresh_from_db()
    assert batch.status == IngestBatch.Status.DONE
    assert Document.objects.count() == 3
    assert sorted(batch.rows.values_list("line", "outcome")) == [(2, "stored"), (3, "stored"), (4, "stored")]
    assert batch.rows_done == 3 and uploads_kept() == []


def test_a_line_reported_meanwhile_by_another_run_of_the_batch_is_left_as_it_is(queued, monkeypatch):
    """Two workers on one batch (its message handed out again while the first still ran)."""
    batch = queued["batch"]
    real_store_row = Ingest._store_row

    def other_worker_reports_line_3(self, row):
        if row.line == 3:
            IngestRow.objects.create(batch=self.batch, line=3, outcome=IngestRow.Outcome.STORED)
        real_store_row(self, row)

    monkeypatch.setattr(Ingest, "_store_row", other_worker_reports_line_3)
    batch = run_task(batch)
    assert batch.status == IngestBatch.Status.DONE
    assert sorted(batch.rows.values_list("line", flat=True)) == [2, 3, 4]
    assert Document.objects.count() == 2  # line 3's document is the other run's to store


def test_a_task_failing_after_its_retries_leaves_a_failed_batch_with_its_error_on_the_page(
    queued, client, monkeypatch, caplog
):
    attempts = []

    def storage_away(batch):
        attempts.append(batch.status)
        raise ConnectionError("archive-store.internal:9000 refused the connection")

    monkeypatch.setattr(tasks, "_ingest", storage_away)
    with caplog.at_level(logging.WARNING, logger="archive.ingest.tasks"):
        batch = run_task(queued["batch"])
    assert len(attempts) == 1 + tasks.MAX_RETRIES
    assert batch.status == IngestBatch.Status.FAILED and batch.finished_at is not None
    ours = [r for r in caplog.records if r.name == "archive.ingest.tasks"]
    assert [r.levelno for r in ours] == [logging.WARNING] * tasks.MAX_RETRIES + [logging.ERROR]
    given_up = ours[-1]
    assert given_up.exc_info and "refused the connection" in str(given_up.exc_info[1])
    # Kept, to run it again.
    assert len(uploads_kept()) == 2

    page = client.get(reverse("archive:batch", args=[batch.public_id])).content.decode()
    assert "Failed" in page and "The batch stopped on an error" in page
    assert "archive-store.internal" not in page and "Traceback" not in page and "ConnectionError" not in page
    assert REFRESH not in page
    with translation.override("fr"):
        french = client.get(reverse("archive:batch", args=[batch.public_id])).content.decode()
    assert "Le lot s’est arrêté sur une erreur" in french
    admin_page = client.get(reverse("admin:archive_ingestbatch_change", args=[batch.public_id]))
    assert "The batch stopped on an error" in admin_page.content.decode()


def test_a_failed_batch_queued_again_from_the_admin_completes(
    queued, client, monkeypatch, alice, django_capture_on_commit_callbacks
):
    def disk_full(batch):
        raise OSError("disk full")

    monkeypatch.setattr(tasks, "_ingest", disk_full)
    batch = run_task(queued["batch"])
    assert batch.status == IngestBatch.Status.FAILED
    monkeypatch.undo()  # the cause is fixed
    app.conf.task_always_eager = True  # and no broker: the action's task runs in the request

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:archive_ingestbatch_changelist"),
            {"action": "queue_again", "_selected_action": [batch.pk]},
        )
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.status == IngestBatch.Status.DONE and batch.problems == []
    assert alice.documents.count() == 2 and uploads_kept() == []
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EDIT, target_id=str(batch.pk)).exists()


def test_the_admin_list_shows_queued_running_and_failed_batches(queued, client):
    running = IngestBatch.objects.create(manifest_name="running.csv", status="running", created_by=None)
    failed = IngestBatch.objects.create(
        manifest_name="failed.csv", status="failed", problems=[{"code": "ingest_failed"}]
    )
    page = client.get(reverse("admin:archive_ingestbatch_changelist")).content.decode()
    for label in ("Queued", "Running", "Failed"):
        assert f'<td class="field-status">{label}</td>' in page
    only_failed = client.get(reverse("admin:archive_ingestbatch_changelist") + "?status__exact=failed")
    assert "failed.csv" in only_failed.content.decode()
    assert "running.csv" not in only_failed.content.decode()
    assert running.pk and failed.pk


def test_an_hr_officers_queued_batch_fills_only_their_ministry_with_the_second_step_required(
    settings, hr_justice, alice, carine, document_types, django_capture_on_commit_callbacks
):
    """The worker has no login to confirm: the upload's request did, and the role is read again."""
    settings.REQUIRE_STAFF_2FA = True
    manifest = MANIFEST.splitlines()[0] + "\nJU-1001,appointment,2010-03-01,Mine,,a.pdf\n"
    manifest += "IN-2001,appointment,2010-03-01,Not my ministry,,b.pdf\n"
    with django_capture_on_commit_callbacks(execute=True):
        batch = tasks.batch_enqueue(
            manifest=ContentFile(manifest.encode(), name="manifest.csv"),
            files=ContentFile(zip_of({"a.pdf": FILES["a.pdf"], "b.pdf": FILES["b.pdf"]}), name="f.zip"),
            user=hr_justice,
        )
    batch.refresh_from_db()
    assert batch.status == IngestBatch.Status.DONE
    assert alice.documents.count() == 1 and not carine.documents.exists()
    assert batch.rows.get(line=3).problems == [{"code": "unknown_matricule", "value": "IN-2001"}]


def test_a_queued_batch_whose_uploader_lost_their_role_fills_nothing(
    hr_justice, alice, document_types, django_capture_on_commit_callbacks, no_eager
):
    with django_capture_on_commit_callbacks(execute=False):
        batch = tasks.batch_enqueue(
            manifest=ContentFile(MANIFEST.encode(), name="manifest.csv"),
            files=ContentFile(zip_of(FILES), name="f.zip"),
            user=hr_justice,
        )
    hr_justice.archive_role.delete()
    batch = run_task(batch)
    assert not Document.objects.exists()
    assert set(batch.rows.values_list("outcome", flat=True)) == {"refused"}


@pytest.mark.parametrize("who", ["servant-alice", "hr-interior"])
def test_someone_without_rights_on_the_batch_gets_404_on_its_page(queued, client, hr_interior, who):
    from django.contrib.auth import get_user_model

    batch = queued["batch"]
    assert batch.status == IngestBatch.Status.QUEUED
    client.force_login(get_user_model().objects.get(username=who))
    response = client.get(reverse("archive:batch", args=[batch.public_id]))
    assert response.status_code == 404
    assert b"manifest.csv" not in response.content and b"Queued" not in response.content
    assert AuditEvent.objects.filter(action=AuditEvent.Action.REFUSED, actor__username=who).exists()


def test_a_waiting_upload_is_no_orphan_for_verify_archive(queued):
    assert len(uploads_kept()) == 2
    report = verify_files()
    assert report.ok and report.orphans == []
    archive_storage().save("incoming/stray", ContentFile(b"left by nobody"))
    assert verify_files().orphans == ["incoming/stray"]


def test_a_bad_zip_is_refused_on_the_form_with_nothing_kept(client, archivist, document_types):
    client.force_login(archivist)
    form = upload_form()
    form["files"] = io.BytesIO(b"not a zip at all")
    form["files"].name = "files.zip"
    response = client.post(reverse("admin:archive_ingestbatch_upload"), form)
    assert response.status_code == 200
    assert "This is not a readable ZIP file." in response.content.decode()
    assert not IngestBatch.objects.exists() and uploads_kept() == []
