"""Dossiers as BagIt bags (RFC 8493, with the Library of Congress's `bagit` library, manifest-sha256), to hand
a dossier or a whole ministry to another system and to bring one back.

A bag holds, under data/: servant.json (the servant's details), for each document
documents/<public_id>/document.json (its metadata and its files' checksums) and the files themselves
(originals exactly as stored and the viewing copy), and audit.json, the dossier's excerpt of the audit log
(who opened, downloaded, changed it). Import validates the whole bag first (every checksum, nothing
missing or added) and then stores the dossier in one transaction, keeping the public ids, so that an
export, a wipe and an import give back the same files and metadata. The audit excerpt is kept as a
document of the past: the log itself is a hash chain and takes no back-dated events; the import is a new
event of its own.
"""

import json
import re
import shutil
import stat
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import bagit
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from archive.ingest.messages import describe, problem
from archive.ingest.run import ALLOWED
from archive.models import CareerType, Document, DocumentType, Servant, StoredFile
from archive.storage import archive_storage, write_once
from audit.models import AuditEvent, record
from ministries.models import Institution
from uploads import FORMATS, inspect_file

FORMAT = "isoko-dossier/1"
EXTENSIONS = {"pdf": "pdf", "tiff": "tif", "jpeg": "jpg", "png": "png"}


class BagRefused(Exception):
    """A bag that cannot be imported, with a message for the person who tried."""


# --- export ----------------------------------------------------------------------------------------


def _servant_facts(servant):
    return {
        "format": FORMAT,
        "public_id": str(servant.public_id),
        "matricule": servant.matricule,
        "surname": servant.surname,
        "given_names": servant.given_names,
        "date_of_birth": servant.date_of_birth.isoformat() if servant.date_of_birth else None,
        "institution": servant.institution.slug,
        "ministry": servant.ministry.slug,
        "career_type": servant.career_type.code if servant.career_type_id else None,
        "status": servant.status,
    }


def _file_facts(stored, path):
    return {
        "public_id": str(stored.public_id),
        "role": stored.role,
        "position": stored.position,
        "path": path,
        "original_name": stored.original_name,
        "sha256": stored.sha256,
        "size_bytes": stored.size_bytes,
        "content_type": stored.content_type,
        "file_format": stored.file_format,
        "created_at": stored.created_at.isoformat(),
    }


def _document_facts(document, files):
    return {
        "public_id": str(document.public_id),
        "document_type": document.document_type.code,
        "act_date": document.act_date.isoformat(),
        "title": document.title,
        "reference": document.reference,
        "pages": document.pages,
        "content_sha256": document.content_sha256,
        "search_text": document.search_text,
        "created_at": document.created_at.isoformat(),
        "files": files,
    }


def _audit_excerpt(servant):
    events = AuditEvent.objects.filter(details__servant=str(servant.public_id)).order_by("at", "pk")
    return [
        {
            "at": event.at.isoformat(),
            "action": event.action,
            "who": event.actor_name,
            "role": event.role,
            "address": event.address,
            "details": event.details,
            "hash": event.hash,
        }
        for event in events.iterator()
    ]


def _write_json(path, value):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


def bag_name(servant):
    return f"{re.sub(r'[^A-Za-z0-9.-]+', '_', servant.matricule)}-{servant.public_id}"


def export_dossier(servant, destination, *, exported_by=""):
    """Write one servant's dossier as a bag in a new folder under `destination`; return its path."""
    folder = Path(destination) / bag_name(servant)
    folder.mkdir(parents=True)
    storage = archive_storage()
    documents = servant.documents.select_related("document_type").prefetch_related("files").order_by("pk")
    for document in documents:
        files = []
        for stored in sorted(document.files.all(), key=lambda f: (f.role, f.position)):
            relative = f"{stored.role}-{stored.position}.{EXTENSIONS.get(stored.file_format, 'bin')}"
            target = folder / "documents" / str(document.public_id) / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with storage.open(stored.storage_name, "rb") as source, target.open("wb") as out:
                shutil.copyfileobj(source, out, 1024 * 1024)
            files.append(_file_facts(stored, relative))
        _write_json(
            folder / "documents" / str(document.public_id) / "document.json", _document_facts(document, files)
        )
    _write_json(folder / "servant.json", _servant_facts(servant))
    _write_json(folder / "audit.json", _audit_excerpt(servant))
    info = {
        "Source-Organization": "Isôko",
        "External-Identifier": str(servant.public_id),
        "External-Description": f"Personnel file {servant.matricule}",
        "Bagging-Date": date.today().isoformat(),
        "Contact-Name": exported_by or "",
    }
    bagit.make_bag(str(folder), bag_info=info, checksums=["sha256"])
    return folder


# --- import ----------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    servant: Servant
    created: bool
    documents_added: int
    documents_present: int


# Tag files (servant.json, document.json, audit.json) are small: a bigger one is refused before it is read.
JSON_MAX_BYTES = 16 * 1024 * 1024


def _checked_tree(path):
    """Every entry under the bag's folder is a folder or a regular file (no link, device or pipe: bagit
    would read a link to /dev/zero without end), each file within the archive's size limit. Done before
    bagit reads anything."""
    root = Path(path)
    if not (root / "bagit.txt").is_file():
        raise BagRefused(_("This is not a readable bag: it has no bagit.txt. Nothing was imported."))
    limit = settings.ARCHIVE_FILE_MAX_BYTES
    for entry in root.rglob("*"):
        mode = entry.lstat().st_mode
        if stat.S_ISDIR(mode):
            continue
        name = str(entry.relative_to(root))
        if not stat.S_ISREG(mode):
            raise BagRefused(
                _("“%(name)s” in this bag is a link or a device, not a file. Nothing was imported.")
                % {"name": name}
            )
        if entry.lstat().st_size > limit:
            raise BagRefused(
                _("“%(name)s” in this bag is larger than %(limit_mb)s MB. Nothing was imported.")
                % {"name": name, "limit_mb": limit // (1024 * 1024)}
            )


def _validated(path):
    _checked_tree(path)
    try:
        bag = bagit.Bag(str(path))
        if "sha256" not in bag.algorithms:
            raise BagRefused(_("This bag has no SHA-256 manifest (manifest-sha256.txt)."))
        bag.validate(processes=1)
    except bagit.BagValidationError as error:
        details = "; ".join(str(d) for d in error.details[:10]) or str(error)
        raise BagRefused(
            _("This bag is damaged: %(details)s. Nothing was imported.") % {"details": details}
        ) from None
    except bagit.BagError as error:
        raise BagRefused(
            _("This is not a readable bag: %(error)s. Nothing was imported.") % {"error": error}
        ) from None
    return bag


class Payload:
    """The files a validated bag lists in its manifest: the only ones read, each inside the bag."""

    def __init__(self, bag):
        self.root = Path(bag.path).resolve()
        self.names = {str(Path(name)) for name in bag.payload_files()}

    def path(self, relative):
        """The file at `relative` (from the bag's folder), refused unless the manifest lists it."""
        candidate = (self.root / str(relative)).resolve()
        if (
            not candidate.is_relative_to(self.root / "data")
            or str(candidate.relative_to(self.root)) not in self.names
        ):
            raise BagRefused(
                _("“%(name)s” is not a file of this bag's payload. Nothing was imported.")
                % {"name": relative}
            )
        return candidate

    def json(self, relative):
        path = self.path(relative)
        try:
            if path.stat().st_size > JSON_MAX_BYTES:
                raise ValueError
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise BagRefused(
                _("The bag's %(name)s is missing or unreadable.") % {"name": path.name}
            ) from None

    def inspected(self, relative):
        """The fingerprint of a payload file, checked by content exactly as an upload is (uploads/)."""
        path = self.path(relative)
        limit = settings.ARCHIVE_FILE_MAX_BYTES
        try:
            with path.open("rb") as handle:
                return inspect_file(handle, allowed=ALLOWED, declared_name=path.name, max_bytes=limit)
        except ValidationError as error:
            reason = describe(problem(error.code, name=path.name, limit_mb=limit // (1024 * 1024)))
            raise BagRefused(_("%(reason)s Nothing was imported.") % {"reason": reason}) from None


def _text(facts, key, required=True):
    value = facts.get(key) if isinstance(facts, dict) else None
    if value is None or not isinstance(value, str | int):
        if required:
            raise BagRefused(
                _("The bag does not give the servant's or document's “%(field)s”.") % {"field": key}
            )
        return ""
    return str(value)


def _day(value, field):
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BagRefused(
            _("“%(value)s” (%(field)s) is not a date written YYYY-MM-DD.") % {"value": value, "field": field}
        ) from None


def _uuid(value):
    try:
        return uuid.UUID(str(value)) if value else uuid.uuid4()
    except ValueError:
        raise BagRefused(_("“%(value)s” is not an identifier (UUID).") % {"value": value}) from None


def _servant_from(facts):
    """The servant the bag is about: the registered one with this matricule, or a new one (no account:
    a bag never names one to attach; the servant's first letter makes it, archive/letters.py)."""
    matricule = _text(facts, "matricule")
    servant = Servant.objects.filter(matricule__iexact=matricule).first()
    if servant is not None:
        return servant, False
    institution = Institution.objects.filter(slug=_text(facts, "institution")).first()
    if institution is None:
        raise BagRefused(
            _("The institution “%(slug)s” of this dossier does not exist here.")
            % {"slug": facts["institution"]}
        )
    career_code = _text(facts, "career_type", required=False)
    birth = _text(facts, "date_of_birth", required=False)
    servant = Servant(
        public_id=_uuid(facts.get("public_id")),
        matricule=matricule,
        surname=_text(facts, "surname"),
        given_names=_text(facts, "given_names", required=False),
        date_of_birth=_day(birth, "date_of_birth") if birth else None,
        institution=institution,
        career_type=CareerType.objects.filter(code=career_code).first() if career_code else None,
        status=_text(facts, "status", required=False) or Servant.Status.ACTIVE,
    )
    try:
        servant.full_clean(validate_unique=False)
    except ValidationError as error:
        raise BagRefused(" ".join(error.messages)) from None
    servant.save()
    return servant, True


def _document_type(code):
    found = DocumentType.objects.filter(code=code).first()
    if found is None:
        raise BagRefused(_("The document type “%(code)s” does not exist here.") % {"code": code})
    return found


def _store_file(document, payload, relative, *, role, position, original_name, written, public_id=None):
    found = payload.inspected(relative)
    stored = StoredFile(document=document, public_id=_uuid(public_id), role=role, position=position)
    with payload.path(relative).open("rb") as handle:
        sha256, size = write_once(stored.storage_name, handle)
    written.append(stored.storage_name)
    if sha256 != found.sha256:
        raise BagRefused(_("A file of this bag changed while it was imported. Nothing was imported."))
    stored.original_name, stored.sha256, stored.size_bytes = original_name[:255], sha256, size
    stored.file_format, stored.content_type = found.file_format, FORMATS[found.file_format][0]
    stored.save()
    return stored


def _store_document(servant, facts, folder, payload, written):
    """One document of an Isôko bag, with its files (each checked by content; checksums as recorded)."""
    document = Document.objects.create(
        public_id=_uuid(facts.get("public_id")),
        servant=servant,
        document_type=_document_type(_text(facts, "document_type")),
        act_date=_day(_text(facts, "act_date"), "act_date"),
        title=_text(facts, "title")[:300],
        reference=_text(facts, "reference", required=False)[:120],
        pages=int(facts.get("pages") or 0),
        content_sha256=_text(facts, "content_sha256"),
        search_text=_text(facts, "search_text", required=False),
        created_at=datetime.fromisoformat(facts["created_at"]) if facts.get("created_at") else timezone.now(),
    )
    for item in facts.get("files") or []:
        role = _text(item, "role")
        if role not in StoredFile.Role.values:
            raise BagRefused(_("“%(value)s” is not a file role.") % {"value": role})
        stored = _store_file(
            document,
            payload,
            folder / _text(item, "path"),
            role=role,
            position=int(item.get("position") or 1),
            original_name=_text(item, "original_name", required=False),
            written=written,
            public_id=item.get("public_id"),
        )
        if stored.sha256 != item.get("sha256"):
            raise BagRefused(
                _("A file of this bag does not match its recorded checksum. Nothing was imported.")
            )
        if item.get("created_at"):
            StoredFile.objects.filter(pk=stored.pk).update(
                created_at=datetime.fromisoformat(item["created_at"])
            )


def _isoko_documents(payload):
    """(folder, document.json) of an Isôko bag's documents, in a stable order."""
    found = sorted(
        name
        for name in payload.names
        if name.startswith("data/documents/") and name.endswith("/document.json")
    )
    return [(Path(name).parent, payload.json(name)) for name in found]


def _import_isoko(payload, servant_facts, written):
    if servant_facts.get("format") != FORMAT:
        raise BagRefused(_("This bag's servant.json was not written by Isôko's dossier export."))
    documents = _isoko_documents(payload)
    servant, created = _servant_from(servant_facts)
    present = set(servant.documents.values_list("content_sha256", flat=True))
    added = 0
    for folder, facts in documents:
        if facts.get("content_sha256") in present:
            continue
        _store_document(servant, facts, folder, payload, written)
        added += 1
    return servant, created, added, len(documents)


def _import(bag, payload, written):
    if "data/servant.json" in payload.names:
        return _import_isoko(payload, payload.json("data/servant.json"), written)
    return _import_foreign(bag, payload, written)


# --- bags made by other systems --------------------------------------------------------------------

# bag-info.txt fields a plain BagIt bag gives for its dossier (README, "Bags"): Isôko's own, and two of
# RFC 8493's reserved ones.
FOREIGN_FIELDS = {
    "matricule": "Isoko-Matricule",
    "surname": "Isoko-Surname",
    "given_names": "Isoko-Given-Names",
    "date_of_birth": "Isoko-Date-Of-Birth",
    "institution": "Isoko-Institution",
    "document_type": "Isoko-Document-Type",
    "act_date": "Isoko-Act-Date",
    "title": "External-Description",
    "reference": "External-Identifier",
}


def _foreign_facts(bag):
    """bag-info.txt's fields under our names (the first value of a repeated field)."""
    facts = {}
    for name, field in FOREIGN_FIELDS.items():
        value = bag.info.get(field)
        value = value[0] if isinstance(value, list) else value
        if value:
            facts[name] = str(value).strip()
    missing = [FOREIGN_FIELDS[n] for n in ("matricule", "document_type", "act_date") if n not in facts]
    if missing:
        raise BagRefused(
            _(
                "This bag was not made by Isôko and its bag-info.txt does not give %(fields)s: add them "
                "(see the README's archive section). Nothing was imported."
            )
            % {"fields": ", ".join(missing)}
        )
    return facts


def _import_foreign(bag, payload, written):
    """A plain BagIt bag: every payload file is one document of one servant's dossier, described by
    bag-info.txt; each file is checked by content like an upload."""
    facts = _foreign_facts(bag)
    document_type = _document_type(facts["document_type"])
    act_date = _day(facts["act_date"], FOREIGN_FIELDS["act_date"])
    names = sorted(payload.names)
    servant, created = _servant_from(facts)
    present = set(servant.documents.values_list("content_sha256", flat=True))
    added = 0
    for name in names:
        found = payload.inspected(name)
        if found.sha256 in present:
            continue
        label = Path(name).name
        document = Document.objects.create(
            servant=servant,
            document_type=document_type,
            act_date=act_date,
            title=(f"{facts['title']} ({label})" if "title" in facts else label)[:300],
            reference=facts.get("reference", "")[:120],
            pages=found.pages or 0,
            content_sha256=found.sha256,
        )
        _store_file(
            document,
            payload,
            name,
            role=StoredFile.Role.ORIGINAL,
            position=1,
            original_name=label,
            written=written,
        )
        present.add(found.sha256)
        added += 1
    return servant, created, added, len(names)


def import_bag(path, *, user=None):
    """Validate the bag at `path`, then store its dossier (all or nothing); documents already there are
    kept. An Isôko bag (data/servant.json) gives back what was exported; any other BagIt bag is read as
    README describes (archive/foreign_bags.py), or refused with the reason."""
    bag = _validated(path)
    payload = Payload(bag)
    written = []
    try:
        with transaction.atomic():
            servant, created, added, total = _import(bag, payload, written)
            record(
                AuditEvent.Action.UPLOAD,
                actor=user,
                target=servant,
                servant=str(servant.public_id),
                bag=Path(bag.path).name,
                documents_added=added,
            )
    except Exception as error:
        storage = archive_storage()
        for name in written:  # nothing half-imported: the files of a refused bag go too
            storage.delete(name)
        if isinstance(error, (KeyError, TypeError, ValueError, AttributeError)):
            raise BagRefused(
                _("This bag's metadata is not as Isôko writes it (%(error)s). Nothing was imported.")
                % {"error": error.__class__.__name__}
            ) from error
        if isinstance(error, IntegrityError):
            raise BagRefused(
                _(
                    "A document or file of this bag is already here under the same identifier. Nothing was imported."
                )
            ) from error
        raise
    return ImportResult(servant, created, added, total - added)
