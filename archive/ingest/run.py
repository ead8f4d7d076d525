"""Batch ingest: validate the whole batch, then store each document in its own transaction.

Running the same batch again skips every document already in its dossier (same content, same dossier:
a database constraint as well as a check), so a batch cut off half-way completes without duplicates.
A run given a batch created beforehand (an upload queued for a worker) fills that batch; run again on it,
it leaves the rows it has already reported as they are.
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from archive.ingest.manifest import check_matricule, check_repeats, check_text, read_rows, read_servants
from archive.ingest.messages import problem
from archive.ingest.sources import SourceError
from archive.ingest.store import store_document
from archive.models import CareerType, Document, DocumentType, IngestBatch, IngestRow, Servant
from audit.models import AuditEvent, record
from ministries.models import Institution
from uploads import IMAGES, JPEG, PDF, PNG, TIFF, inspect_file

ALLOWED = (PDF, TIFF, JPEG, PNG)


def _noop(phase, done, total):
    return None


@dataclass
class Ingest:
    """One run: the manifest handle, the files (archive.ingest.sources) and whose dossiers it may fill."""

    manifest: object
    source: object
    manifest_name: str
    servants: object = None  # the servants sheet handle, or None
    allowed_servants: object = None  # a Servant queryset (access.dossiers_for) or None for the operator
    user: object = None
    progress: object = _noop
    batch: IngestBatch = None  # to fill one created beforehand (a queued upload); None: a new batch
    _reported: set = field(init=False, default_factory=set)  # lines this batch already has a row for

    def run(self):
        """Validate, store, and return the finished IngestBatch with its rows."""
        if self.batch is None:
            self.batch = IngestBatch.objects.create(
                manifest_name=self.manifest_name[:255], created_by=self.user
            )
        else:  # a run cut off before: its rows stay, with the documents committed with them
            self._reported = set(self.batch.rows.values_list("line", flat=True))
        rows, refused = read_rows(self.manifest)
        sheet, sheet_refused = read_servants(self.servants) if self.servants is not None else ([], None)
        if refused or sheet_refused:
            return self._finish(IngestBatch.Status.REFUSED, [p for p in (refused, sheet_refused) if p])
        try:
            listing = self.source.listing()
        except SourceError as error:
            return self._finish(IngestBatch.Status.REFUSED, [problem(error.code, **error.values)])
        batch_problems = [problem(reason, name=name) for name, reason in self.source.refused]
        new_servants, sheet_problems = self._check_servants(sheet)
        batch_problems += sheet_problems
        self._validate(rows, listing, new_servants)
        referenced = {name for row in rows for name in row.files}
        batch_problems += [problem("extra_file", name=name) for name in sorted(set(listing) - referenced)]
        self.batch.rows_total = len(rows)
        self.batch.problems = batch_problems
        self.batch.save(update_fields=["rows_total", "problems"])
        self._create_servants(new_servants)
        self._store(rows)
        return self._finish(IngestBatch.Status.DONE, batch_problems)

    def check(self):
        """("Check your file") The rows with the problems their text, the servants sheet and the ZIP's
        list of names show, and the whole batch's problems: nothing created, stored or queued, and the
        files' contents not opened (the run checks those)."""
        rows, refused = read_rows(self.manifest)
        sheet, sheet_refused = read_servants(self.servants) if self.servants is not None else ([], None)
        if refused or sheet_refused:
            return [], [p for p in (refused, sheet_refused) if p], {}
        try:
            listing = self.source.listing()
        except SourceError as error:
            return [], [problem(error.code, **error.values)], {}
        batch_problems = [problem(reason, name=name) for name, reason in self.source.refused]
        new_servants, sheet_problems = self._check_servants(sheet)
        self._validate(rows, listing, new_servants, inspect=False)
        referenced = {name for row in rows for name in row.files}
        batch_problems += sheet_problems
        batch_problems += [problem("extra_file", name=name) for name in sorted(set(listing) - referenced)]
        visible = self._visible().filter(pk__in={r.servant_id for r in rows})
        names = {servant.matricule: servant.full_name for servant in visible}
        names.update({m: f"{f['surname']} {f['given_names']}".strip() for m, f in new_servants.items()})
        return rows, batch_problems, names

    # --- validation --------------------------------------------------------------------------------
    def _visible(self):
        return Servant.objects.all() if self.allowed_servants is None else self.allowed_servants

    def _validate(self, rows, listing, new_servants, inspect=True):
        type_ids = dict(DocumentType.objects.values_list("code", "pk"))
        for row in rows:
            check_text(row, type_ids)
        check_repeats(rows)
        wanted = {row.matricule for row in rows}
        known = dict(self._visible().filter(matricule__in=wanted).values_list("matricule", "pk"))
        for row in rows:
            row.servant_id = known.get(row.matricule)
            if (
                row.servant_id is None
                and row.matricule not in new_servants
                and not check_matricule(row.matricule)
            ):
                row.problems.append(problem("unknown_matricule", value=row.matricule))
            row.problems += [problem("missing_file", name=name) for name in row.files if name not in listing]
        for done, row in enumerate(rows, start=1):
            if not row.problems and inspect:
                self._inspect(row)
            self.progress("check", done, len(rows))
        if inspect:
            self._mark_already_in(rows)

    def _inspect(self, row):
        limit = settings.ARCHIVE_FILE_MAX_BYTES
        for position, name in enumerate(row.files):
            try:
                with self.source.open(name) as handle:
                    found = inspect_file(handle, allowed=ALLOWED, declared_name=name, max_bytes=limit)
            except ValidationError as error:
                row.problems.append(problem(error.code, name=name, limit_mb=limit // (1024 * 1024)))
                continue
            except SourceError as error:
                row.problems.append(problem(error.code, name=name))
                continue
            if position < len(row.sha256s) and row.sha256s[position] != found.sha256:
                row.problems.append(problem("checksum_mismatch", name=name))
            row.fingerprints.append(found)
        if len(row.files) > 1 and any(fp.file_format not in IMAGES for fp in row.fingerprints):
            row.problems.append(problem("several_pdfs"))

    def _mark_already_in(self, rows):
        candidates = [row for row in rows if not row.problems and row.servant_id]
        existing = set(
            Document.objects.filter(
                servant_id__in={row.servant_id for row in candidates},
                content_sha256__in={row.content_sha256 for row in candidates},
            ).values_list("servant_id", "content_sha256")
        )
        for row in candidates:
            row.skip = (row.servant_id, row.content_sha256) in existing

    # --- servants sheet ----------------------------------------------------------------------------
    def _creatable_in(self):
        """Institutions new servants may be assigned to: all for the operator and archivists, the HR
        officer's own ministry otherwise (another ministry's body reads as unknown)."""
        from archive.access import archive_role

        if self.allowed_servants is None:
            return Institution.objects.all()
        role = archive_role(self.user)
        if role is None:
            return Institution.objects.none()
        if role.role == role.Role.HR_OFFICER:
            return Institution.objects.for_ministry(role.ministry)
        return Institution.objects.all()

    def _check_servants(self, sheet):
        """{matricule: fields} of the sheet's servants not yet known, and the sheet's problems. A matricule
        is one servant whatever its case; one given on two lines, or already registered for a dossier the
        uploader may not see, is refused with a line that says so (and the refusal is audited)."""
        institutions = {i.slug: i for i in self._creatable_in()}
        careers = dict(CareerType.objects.values_list("code", "pk"))
        existing, hidden = self._registered(sheet)
        first_line = {}
        for row in sheet:
            first_line.setdefault(row["matricule"].lower(), row["line"])
        new, problems = {}, []
        for row in sheet:
            key = row["matricule"].lower()
            found = check_matricule(row["matricule"])
            if not found and first_line[key] != row["line"]:
                found = problem("servant_repeated", value=row["matricule"], line=first_line[key])
            if not found and key in hidden:
                found = problem("servant_not_yours", value=row["matricule"])
            if not found:
                found, fields = self._servant_fields(row, institutions, careers)
            if found:
                problems.append(problem("servant_line", line=row["line"], problem=found))
            elif key not in existing:
                new[row["matricule"]] = fields
        repeated = {
            p["problem"]["value"].lower() for p in problems if p["problem"]["code"] == "servant_repeated"
        }
        new = {matricule: fields for matricule, fields in new.items() if matricule.lower() not in repeated}
        return new, problems

    def _registered(self, sheet):
        """(matricules already registered, those of them in dossiers the uploader may not see), in lower
        case (matricules are ASCII: lower() is casefold())."""
        wanted = {row["matricule"].lower() for row in sheet}
        registered = Servant.objects.annotate(folded=Lower("matricule")).filter(folded__in=wanted)
        found = dict(registered.values_list("folded", "pk"))
        visible = set(self._visible().filter(pk__in=found.values()).values_list("pk", flat=True))
        hidden = {key for key, pk in found.items() if pk not in visible}
        if hidden:
            record(
                AuditEvent.Action.REFUSED, actor=self.user, target=self.batch, servants_sheet=sorted(hidden)
            )
        return set(found), hidden

    @staticmethod
    def _servant_fields(row, institutions, careers):
        """(problem or None, the new servant's fields) from a sheet line."""
        institution = institutions.get(row.get("institution", ""))
        if institution is None:
            return problem("unknown_institution", value=row.get("institution", "")), None
        if not row.get("surname"):
            return problem("missing_surname"), None
        birth = None
        if row.get("date_of_birth"):
            try:
                birth = date.fromisoformat(row["date_of_birth"])
            except ValueError:
                return problem("bad_date", value=row["date_of_birth"]), None
        return None, {
            "surname": row["surname"],
            "given_names": row.get("given_names", ""),
            "date_of_birth": birth,
            "institution": institution,
            "career_type_id": careers.get(row.get("career_type", "")),
        }

    def _create_servants(self, new_servants):
        """Each new servant with their account (user name = matricule), waiting for its activation letter."""
        from archive.letters import servant_account
        from archive.services import servant_create

        for matricule, fields in new_servants.items():
            servant = servant_create(matricule=matricule, **fields)
            servant_account(servant)
            self.batch.servants_created.add(servant)

    # --- storing -----------------------------------------------------------------------------------
    def _store(self, rows):
        pending = {r.matricule for r in rows if r.servant_id is None and not r.problems}
        created = dict(self._visible().filter(matricule__in=pending).values_list("matricule", "pk"))
        for done, row in enumerate(rows, start=1):
            row.servant_id = row.servant_id or created.get(row.matricule)
            if row.line not in self._reported:
                self._store_row(row)
            self.progress("store", done, len(rows))
            if done % 20 == 0 or done == len(rows):
                IngestBatch.objects.filter(pk=self.batch.pk).update(rows_done=done)

    def _store_row(self, row):
        # The document and the line of the report that says so are committed together: one commit per
        # row rather than two, and never a stored document the report does not list.
        try:
            with transaction.atomic():
                self._store_row_atomically(row)
        except IntegrityError:
            # This line was reported meanwhile by another run of this same batch (a queued task handed
            # to a second worker while the first still ran): its row stands, with its document.
            if not IngestRow.objects.filter(batch=self.batch, line=row.line).exists():
                raise

    def _store_row_atomically(self, row):
        outcome, document = IngestRow.Outcome.REFUSED, None
        if not row.problems and row.skip:
            outcome = IngestRow.Outcome.SKIPPED
        elif not row.problems:
            try:
                document = store_document(row, self.source, self.batch)
                outcome = IngestRow.Outcome.STORED
            except IntegrityError:  # Stored meanwhile by another run of the same batch.
                outcome = IngestRow.Outcome.SKIPPED
            except ValidationError as error:
                row.problems.append(problem(error.code, name=error.params.get("name", "")))
        IngestRow.objects.create(
            batch=self.batch,
            line=row.line,
            matricule=row.matricule[:100],
            file_names=row.file_names[:1000],
            title=row.title[:300],
            outcome=outcome,
            problems=row.problems,
            document=document,
        )

    def _finish(self, status, problems):
        self.batch.status = status
        self.batch.problems = problems
        self.batch.finished_at = timezone.now()
        self.batch.save(update_fields=["status", "problems", "finished_at"])
        return self.batch
