"""A stack from scanner to dossiers: receive the file (checked, kept unchanged), read every page once, cut
it into documents, check, and file what needs no person.

Every step can run again: a worker killed half-way leaves its batch "being read"; running it again reads
the pages once more only if none were recorded (pages are recorded all together), and files only the
documents not filed yet (each document is filed in its own transaction with the mark that it is).
"""

import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from archive import access
from archive.models import DocumentType, Servant, random_storage_name
from archive.storage import archive_storage, write_once
from audit.models import AuditEvent, record
from scanning import checks, codes, pages, split
from scanning.filing import file_document
from scanning.models import ScanBatch, ScanDocument, ScanPage
from uploads import PDF, TIFF, inspect_file

UPLOAD_FOLDER = "scans"


class ScanRefused(Exception):
    """The file is not taken: the message says why, in the reader's language."""


def receive(handle, *, name, station, user=None, duplex=False, sheets_counted=None, request=None):
    """Check a scanned file and keep it unchanged with a new batch (queued); ScanRefused otherwise."""
    found = _inspect(handle, name)
    earlier = ScanBatch.objects.filter(sha256=found.sha256).first()
    if earlier is not None:
        raise _already(earlier)
    count = _check_pages(handle, found)
    storage_name = f"{UPLOAD_FOLDER}/{random_storage_name()}"
    handle.seek(0)
    sha256, size = write_once(storage_name, handle)
    try:
        with transaction.atomic():
            batch = ScanBatch.objects.create(
                station=station,
                created_by=user,
                file_name=Path(name).name[:255],
                sha256=sha256,
                size_bytes=size,
                file_format=found.file_format,
                storage_name=storage_name,
                duplex=duplex,
                sheets_counted=sheets_counted,
                pages_total=count,
            )
            record(
                AuditEvent.Action.UPLOAD,
                actor=user,
                target=batch,
                request=request,
                role=access.reader_role(user) if user else "station",
                station=station.name,
                pages=count,
            )
    except IntegrityError:  # the same file, received meanwhile by another worker or upload
        archive_storage().delete(storage_name)
        raise _already(ScanBatch.objects.get(sha256=sha256)) from None
    return batch


def _inspect(handle, name):
    try:
        return inspect_file(
            handle, allowed=(PDF, TIFF), declared_name=name, max_bytes=settings.SCANNING_FILE_MAX_BYTES
        )
    except ValidationError as error:
        raise ScanRefused(" ".join(error.messages)) from error


def _already(earlier):
    when = formats.date_format(timezone.localtime(earlier.received_at), "DATETIME_FORMAT")
    return ScanRefused(
        _("This file was already received on %(when)s (%(name)s): nothing was filed twice.")
        % {"when": when, "name": earlier.file_name}
    )


def _check_pages(handle, found):
    """The number of pages, refusing a file too long to check in one sitting or that holds no scan."""
    count = found.pages or 0
    if count > settings.SCANNING_MAX_PAGES:
        raise ScanRefused(
            _(
                "This file has %(count)s pages; a stack may have at most %(limit)s. Split it and send the parts."
            )
            % {"count": count, "limit": settings.SCANNING_MAX_PAGES}
        )
    if found.file_format == PDF and not _has_scans(handle):
        raise ScanRefused(
            _("This PDF holds no scanned pages (it was made on a computer): add it through a batch ingest.")
        )
    return count


def _has_scans(handle, sample=5):
    import pikepdf

    handle.seek(0)
    with pikepdf.open(handle) as pdf:
        return any(len(page.get_images()) == 1 for page in list(pdf.pages)[:sample])


# --- reading -----------------------------------------------------------------------------------------
def process(batch_id, *, user=None):
    """Read, cut, check and file a received batch (again, after a cut-off run); returns the batch."""
    batch = ScanBatch.objects.select_related("station", "created_by").get(pk=batch_id)
    if batch.status not in (ScanBatch.Status.QUEUED, ScanBatch.Status.READING, ScanBatch.Status.FAILED):
        return batch
    ScanBatch.objects.filter(pk=batch.pk).update(status=ScanBatch.Status.READING)
    actor = user or batch.created_by
    with local_copy(batch) as path:
        if not batch.pages.exists():
            _read(batch, path, actor)
        for document in _fileable(batch):
            file_document(document, path, actor=actor)
    status = ScanBatch.Status.CHECKING if batch.pages.exists() else ScanBatch.Status.REFUSED
    ScanBatch.objects.filter(pk=batch.pk).update(status=status)
    batch.refresh_from_db()
    if status == ScanBatch.Status.CHECKING:
        from scanning.notify import tell_servants

        tell_servants(batch)
    return batch


@contextmanager
def local_copy(batch):
    """The stored scan on local disk (the archive storage may be a bucket), removed afterwards."""
    with tempfile.NamedTemporaryFile(suffix=f".{batch.file_format}") as copy:
        with archive_storage().open(batch.storage_name, "rb") as stored:
            shutil.copyfileobj(stored, copy, 1024 * 1024)
        copy.flush()
        yield copy.name


def _read(batch, path, actor):
    facts = read_pages(path, batch.file_format, batch.pages_total)
    if batch.duplex:
        facts = [facts[i] for i in split.reorder_two_passes(len(facts))]
    for page in facts:
        page.codes = [c for c in (codes.parse(text) for text in page.codes) if c is not None]
    placed, groups = split.place(
        facts, servants=_servants(facts), allowed=_allowed(batch, actor, facts), types=_types()
    )
    flags = checks.page_flags(facts, placed)
    usual = checks.usual_lengths({g.type_id for g in groups})
    for group in groups:
        if checks.too_long(len(group.pages), usual[group.type_id]):
            flags[group.pages[0]].append(checks.LONG_DOCUMENT)
    problem = checks.sheet_count_problem(batch, len(facts))
    if not any(p.group is not None or p.kind != "page" for p in placed) and all(f.not_a_scan for f in facts):
        problem = {"code": "nothing_read"}
    _record(batch, facts, placed, groups, flags, [problem] if problem else [])


def _servants(facts):
    wanted = {c.value for f in facts for c in f.codes if c.kind == codes.COVER}
    return {str(k): v for k, v in Servant.objects.filter(public_id__in=wanted).values_list("public_id", "pk")}


def _allowed(batch, actor, facts):
    """The dossiers this batch may file into: the person's (access.dossiers_for), else the station's
    ministry's, else every dossier (the operator's command line)."""
    if actor is not None:
        scope = access.dossiers_for(access.acting_for(actor))
    elif batch.station.ministry_id:
        scope = Servant.objects.filter(ministry_id=batch.station.ministry_id)
    else:
        scope = Servant.objects.all()
    return set(scope.filter(pk__in=_servants(facts).values()).values_list("pk", flat=True))


def _types():
    return dict(DocumentType.objects.values_list("code", "pk"))


def read_pages(path, file_format, count):
    """PageFacts of every page, in file order; several processes share the pages when configured."""
    workers = max(1, min(settings.SCANNING_READ_PROCESSES, count // 20 or 1))
    if workers == 1:
        return list(pages.read_range(path, file_format, 0, count))
    step = -(-count // workers)
    ranges = [(path, file_format, start, min(start + step, count)) for start in range(0, count, step)]
    with ProcessPoolExecutor(workers, mp_context=get_context("forkserver")) as pool:
        parts = pool.map(pages.read_range_list, ranges)
        return [facts for part in parts for facts in part]


@transaction.atomic
def _record(batch, facts, placed, groups, flags, problems):
    documents = [
        ScanDocument.objects.create(batch=batch, servant_id=g.servant_id, document_type_id=g.type_id)
        for g in groups
    ]
    rows = []
    for number, (page, where, found) in enumerate(zip(facts, placed, flags, strict=True), start=1):
        group = where.group
        rows.append(
            ScanPage(
                batch=batch,
                number=number,
                source_index=page.index,
                kind=where.kind,
                state=_state(where),
                code=where.code[:200],
                document=documents[group] if group is not None else None,
                position=number,
                flags=found,
                reason=where.reason,
                ppi=page.ppi,
                rotation=where.rotation or (page.rotation if where.kind == "page" else 0),
                skew=page.skew,
                fingerprint=page.fingerprint,
                thumbnail=page.thumbnail,
            )
        )
    ScanPage.objects.bulk_create(rows, batch_size=200)
    ScanBatch.objects.filter(pk=batch.pk).update(
        pages_total=len(rows), problems=problems, read_at=timezone.now()
    )


def _state(where):
    if where.kind != "page":
        return ScanPage.State.SHEET
    return ScanPage.State.IN_DOCUMENT if where.group is not None else ScanPage.State.NEEDS_PERSON


def held(document):
    """Flags on its pages that keep the document from being filed until a person decides."""
    return {
        flag
        for page in document.pages.all()
        if page.state == ScanPage.State.IN_DOCUMENT
        for flag in page.flags
    } & checks.HELD


def _fileable(batch):
    waiting = batch.documents.filter(document__isnull=True).prefetch_related("pages")
    return [d for d in waiting.select_related("document_type", "batch") if not held(d)]
