"""The whole catalogue as one archive: a backup, and the open-data dump.

The archive is a ZIP file holding
- `manifest.json`: format version, creation time, row counts per model, and for each stored file
  (forms, texts of laws) its path, size and SHA-256;
- `catalogue.json`: every row in Django's JSON serialisation (all languages, primary keys kept);
- `files/<path>`: the form files and the texts of laws themselves.
Staff accounts, the history, the audit log, search statistics and proposals in progress are not part
of the catalogue.
"""

import hashlib
import json
import zipfile

from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from forms_library.models import Form, FormFile
from ministries.models import Commune, Institution, Office, OpeningHours, Province
from procedures.models import (
    ChangeNote,
    Fee,
    LegalBasis,
    Procedure,
    RejectionReason,
    RequiredDocument,
    SearchTerm,
    Step,
    Theme,
)

FORMAT_VERSION = 1
PROCEDURE_PARTS = (Step, RequiredDocument, Fee, RejectionReason, LegalBasis, SearchTerm, ChangeNote)
# Written and read in this order, so that every row's references already exist.
MODELS = (
    Province,
    Commune,
    Institution,
    Office,
    OpeningHours,
    Theme,
    Form,
    FormFile,
    Procedure,
    *PROCEDURE_PARTS,
)


class ArchiveError(Exception):
    pass


def _querysets(published_only):
    procedures = Procedure.objects.filter(draft_of__isnull=True)
    if published_only:
        procedures = procedures.filter(status__in=[Procedure.Status.PUBLISHED, Procedure.Status.WITHDRAWN])
    for model in MODELS:
        if model is Procedure:
            yield model, procedures.order_by("pk")
        elif model in PROCEDURE_PARTS:
            yield model, model.objects.filter(procedure__in=procedures).order_by("pk")
        else:
            yield model, model.objects.order_by("pk")


def export_catalogue(path, *, published_only=False):
    """Write the archive to `path`; returns the manifest."""
    rows, counts = [], {}
    stored_files = [form_file.file.name for form_file in FormFile.objects.order_by("pk")]
    for model, queryset in _querysets(published_only):
        if model is LegalBasis:
            stored_files += queryset.exclude(document="").values_list("document", flat=True)
        serialized = json.loads(serializers.serialize("json", queryset))
        if model is Procedure:
            for row in serialized:
                # Links to people and to work in progress stay out of the catalogue.
                row["fields"].update(submitted_by=None, draft_of=None)
                if published_only and row["fields"]["replaced_by"] not in {r["pk"] for r in serialized}:
                    row["fields"]["replaced_by"] = None
        rows += serialized
        counts[model._meta.label] = len(serialized)
    files = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in dict.fromkeys(stored_files):  # a text cited by several procedures is stored once
            with default_storage.open(name, "rb") as handle:
                content = handle.read()
            files.append({"path": name, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()})
            archive.writestr(f"files/{name}", content)
        manifest = {
            "format": "isoko-catalogue",
            "version": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(),
            "published_only": published_only,
            "counts": counts,
            "files": files,
        }
        archive.writestr("catalogue.json", json.dumps(rows, ensure_ascii=False, indent=1))
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


@transaction.atomic
def import_catalogue(path):
    """Restore an archive into an empty catalogue; returns the manifest. Checks every file's SHA-256."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise ArchiveError(_("Not a catalogue archive: %(error)s") % {"error": error}) from error
    with archive:
        try:
            manifest = json.loads(archive.read("manifest.json"))
            rows = archive.read("catalogue.json").decode()
        except (KeyError, ValueError) as error:
            raise ArchiveError(
                _("The archive lacks its manifest or catalogue: %(error)s") % {"error": error}
            ) from error
        if manifest.get("format") != "isoko-catalogue" or manifest.get("version") != FORMAT_VERSION:
            raise ArchiveError(_("This archive is not an Isôko catalogue of a version this site can read."))
        if any(model.objects.exists() for model in (Institution, Procedure, Form)):
            raise ArchiveError(_("The database already has a catalogue: import only into an empty database."))
        _restore_files(archive, manifest["files"])
        for deserialized in serializers.deserialize("json", rows):
            deserialized.save()
    _reset_sequences()
    from procedures.search import rebuild_search_index

    rebuild_search_index()
    return manifest


def _restore_files(archive, expected_files):
    """Put the archive's files into the storage. A file already there (the database was lost, the
    uploaded files were not) is kept when its SHA-256 is the manifest's; one that differs is refused by
    name. Everything is checked before anything is written, so a refusal leaves the storage as it was."""
    to_write = []
    for expected in expected_files:
        path = expected["path"]
        content = archive.read(f"files/{path}")
        if hashlib.sha256(content).hexdigest() != expected["sha256"]:
            raise ArchiveError(_("%(path)s is damaged: its checksum does not match.") % {"path": path})
        if not default_storage.exists(path):
            to_write.append((path, content))
        elif _stored_sha256(path) != expected["sha256"]:
            raise ArchiveError(
                _(
                    "%(path)s already exists in the file storage with a different content. Move it away "
                    "(or restore the file storage from the same backup), then import again."
                )
                % {"path": path}
            )
    for path, content in to_write:
        if default_storage.save(path, ContentFile(content)) != path:
            raise ArchiveError(_("%(path)s already exists in the file storage.") % {"path": path})


def _stored_sha256(path):
    digest = hashlib.sha256()
    with default_storage.open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(64 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _reset_sequences():
    """PostgreSQL: new rows must not reuse the imported primary keys."""
    from django.core.management.color import no_style
    from django.db import connection

    statements = connection.ops.sequence_reset_sql(no_style(), list(MODELS))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
