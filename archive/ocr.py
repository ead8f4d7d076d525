"""Text from scans: OCRmyPDF (Tesseract) adds a searchable text layer to a document's viewing copy.

The original is never touched. A scan's viewing copy (the PDF made at ingest) is replaced by the same
pages with an invisible text layer; a PDF original without text (a scanned PDF) gets a viewing copy of its
own. The text found goes into the document's search text, so HR search finds it.

Tesseract has no Kirundi model: Kirundi is written in the Latin script, and French's model (with
English's) reads it best of those Debian ships (ARCHIVE_OCR_LANGUAGES, "fra+eng").

Every step may be run again: a task killed half-way, or run twice, leaves one viewing copy and the text.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from archive.models import StoredFile, random_storage_name
from archive.recognition import TextRecognition
from archive.storage import archive_storage, write_once
from archive.text import fold

# Enough text to find a decree by its words; the viewing copy keeps all of it.
SEARCH_TEXT_CHARS = 100_000


class RecognitionError(Exception):
    """One attempt failed (OCRmyPDF refused the file, timed out…): worth trying again."""


def missing_tools():
    """What is missing for OCR, in words for the archivist: [] when OCRmyPDF and the languages are there."""
    missing = [tool for tool in ("ocrmypdf", "tesseract") if shutil.which(tool) is None]
    if "tesseract" in missing:
        return missing
    found = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    installed = set(found.stdout.split())
    return missing + [
        _("Tesseract language %(language)s") % {"language": language}
        for language in settings.ARCHIVE_OCR_LANGUAGES.split("+")
        if language not in installed
    ]


def recognise(recognition_id, attempt):
    """Run OCR for one TextRecognition (again, if it was cut off); nothing to do once it is done."""
    found = TextRecognition.objects.select_related("document").filter(pk=recognition_id).first()
    if found is None or found.status == TextRecognition.Status.DONE:
        return
    missing = missing_tools()
    if missing:
        _mark(
            found,
            TextRecognition.Status.NO_TOOLS,
            attempt,
            _("Not installed: %(tools)s.") % {"tools": ", ".join(missing)},
        )
        return
    _mark(found, TextRecognition.Status.RUNNING, attempt, "")
    source = _source_file(found.document)
    with tempfile.TemporaryDirectory(prefix="isoko-ocr-") as work:
        pdf, text = _run_ocrmypdf(source, Path(work))
        new_name = random_storage_name()
        with pdf.open("rb") as handle:
            sha256, size = write_once(new_name, handle)
    _commit(found.pk, source, new_name, sha256, size, text)


def give_up(recognition_id, error):
    """The last attempt failed: shown to the archivist with its error (admin, text recognition)."""
    TextRecognition.objects.filter(pk=recognition_id).update(
        status=TextRecognition.Status.FAILED, error=str(error)[:4000], finished_at=timezone.now()
    )


def _mark(recognition, status, attempt, error):
    recognition.status, recognition.attempts, recognition.error = status, attempt, error
    recognition.languages = settings.ARCHIVE_OCR_LANGUAGES
    recognition.started_at = timezone.now()
    recognition.finished_at = timezone.now() if status == TextRecognition.Status.NO_TOOLS else None
    recognition.save(update_fields=["status", "attempts", "error", "languages", "started_at", "finished_at"])


def _source_file(document):
    """The PDF to read: the scans' viewing copy, or the (scanned) PDF original."""
    files = StoredFile.objects.filter(document=document)
    return (
        files.filter(role=StoredFile.Role.VIEWING).order_by("position").first()
        or files.filter(role=StoredFile.Role.ORIGINAL, file_format="pdf").order_by("position").first()
    )


def _run_ocrmypdf(source, work):
    if source is None:
        raise RecognitionError("This document has no PDF to read.")
    given, result, sidecar = work / "in.pdf", work / "out.pdf", work / "text.txt"
    with archive_storage().open(source.storage_name, "rb") as stored, given.open("wb") as out:
        shutil.copyfileobj(stored, out, 1024 * 1024)
    command = [
        "ocrmypdf",
        "--quiet",
        "--skip-text",  # pages that already carry text are left as they are
        "--output-type", "pdf",  # the pages as they were, plus text; no PDF/A rewrite
        "--optimize", "0",
        "--jobs", str(settings.ARCHIVE_OCR_JOBS),
        "--language", settings.ARCHIVE_OCR_LANGUAGES,
        "--sidecar", str(sidecar),
        str(given),
        str(result),
    ]  # fmt: skip
    # One thread per Tesseract: parallelism comes from pages (--jobs) and workers, and OpenMP threads on
    # top of them only fight for the same cores.
    env = {"OMP_THREAD_LIMIT": "1", **os.environ}
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=settings.ARCHIVE_OCR_TIMEOUT_SECONDS,
            check=False,
            env=env,
        )
    except subprocess.TimeoutExpired as error:
        raise RecognitionError(f"OCRmyPDF took longer than {error.timeout} seconds.") from error
    if done.returncode != 0:
        raise RecognitionError(f"OCRmyPDF exit {done.returncode}: {done.stderr.strip()[-2000:]}")
    text = sidecar.read_text(encoding="utf-8", errors="replace") if sidecar.exists() else ""
    return result, text.replace("[OCR skipped on page(s) ", " ").replace("\f", " ")


def _commit(recognition_id, source, new_name, sha256, size, text):
    """Point the viewing copy at the new PDF and record the text, once; the replaced PDF is removed."""
    replaced = None
    with transaction.atomic():
        found = TextRecognition.objects.select_for_update().select_related("document").get(pk=recognition_id)
        if found.status == TextRecognition.Status.DONE:  # another worker finished it meanwhile
            transaction.on_commit(lambda: archive_storage().delete(new_name))
            return
        document = found.document
        viewing = StoredFile.objects.filter(document=document, role=StoredFile.Role.VIEWING).first()
        if viewing is None:
            viewing = StoredFile(document=document, role=StoredFile.Role.VIEWING, position=1)
        else:
            replaced = viewing.storage_name
        viewing.storage_name, viewing.sha256, viewing.size_bytes = new_name, sha256, size
        viewing.content_type, viewing.file_format, viewing.last_checked_at = "application/pdf", "pdf", None
        viewing.save()
        folded = fold(text)
        if folded:
            document.search_text = fold(f"{document.search_text} {folded}")[:SEARCH_TEXT_CHARS]
            document.save(update_fields=["search_text"])
        found.status, found.error, found.finished_at = TextRecognition.Status.DONE, "", timezone.now()
        found.text_chars = len(folded)
        found.save(update_fields=["status", "error", "finished_at", "text_chars"])
        if replaced:
            transaction.on_commit(lambda: archive_storage().delete(replaced))
