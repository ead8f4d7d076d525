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
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import bagit
from django.db import transaction
from django.utils.translation import gettext as _

from archive.models import CareerType, Document, DocumentType, Servant, StoredFile
from archive.storage import archive_storage, write_once
from audit.models import AuditEvent, record
from ministries.models import Institution

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


def _validated(path):
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


def _read_json(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise BagRefused(_("The bag's %(name)s is missing or unreadable.") % {"name": path.name}) from None


def _servant_from(facts):
    if facts.get("format") != FORMAT:
        raise BagRefused(_("This bag was not made by Isôko's dossier export."))
    institution = Institution.objects.filter(slug=facts["institution"]).first()
    if institution is None:
        raise BagRefused(
            _("The institution “%(slug)s” of this dossier does not exist here.")
            % {"slug": facts["institution"]}
        )
    servant = Servant.objects.filter(matricule=facts["matricule"]).first()
    if servant is not None:
        return servant, False
    career = CareerType.objects.filter(code=facts["career_type"]).first() if facts["career_type"] else None
    # A bag never names an account to attach: the servant's account is made by their first letter
    # (archive/letters.py), as for every servant ingest registers.
    servant = Servant(
        public_id=facts["public_id"],
        matricule=facts["matricule"],
        surname=facts["surname"],
        given_names=facts["given_names"],
        date_of_birth=date.fromisoformat(facts["date_of_birth"]) if facts["date_of_birth"] else None,
        institution=institution,
        career_type=career,
        status=facts["status"],
    )
    servant.full_clean(validate_unique=False)
    servant.save()
    return servant, True


def _store_document(servant, facts, folder, written):
    document_type = DocumentType.objects.filter(code=facts["document_type"]).first()
    if document_type is None:
        raise BagRefused(
            _("The document type “%(code)s” does not exist here.") % {"code": facts["document_type"]}
        )
    document = Document.objects.create(
        public_id=facts["public_id"],
        servant=servant,
        document_type=document_type,
        act_date=date.fromisoformat(facts["act_date"]),
        title=facts["title"],
        reference=facts["reference"],
        pages=facts["pages"],
        content_sha256=facts["content_sha256"],
        search_text=facts["search_text"],
        created_at=datetime.fromisoformat(facts["created_at"]),
    )
    for item in facts["files"]:
        stored = StoredFile(document=document, public_id=item["public_id"])
        with (folder / item["path"]).open("rb") as handle:
            sha256, size = write_once(stored.storage_name, handle)
        written.append(stored.storage_name)
        if sha256 != item["sha256"] or size != item["size_bytes"]:
            raise BagRefused(
                _("A file of this bag does not match its recorded checksum. Nothing was imported.")
            )
        for name in (
            "role",
            "position",
            "original_name",
            "sha256",
            "size_bytes",
            "content_type",
            "file_format",
        ):
            setattr(stored, name, item[name])
        stored.created_at = datetime.fromisoformat(item["created_at"])
        stored.save()


def import_bag(path, *, user=None):
    """Validate the bag at `path`, then store its dossier (all or nothing); documents already there are kept."""
    bag = _validated(path)
    data = Path(bag.path) / "data"
    facts = _read_json(data / "servant.json")
    documents = [_read_json(p) for p in sorted((data / "documents").glob("*/document.json"))]
    written = []
    try:
        with transaction.atomic():
            servant, created = _servant_from(facts)
            present = set(servant.documents.values_list("content_sha256", flat=True))
            added = 0
            for document in documents:
                if document["content_sha256"] in present:
                    continue
                _store_document(servant, document, data / "documents" / document["public_id"], written)
                added += 1
            record(
                AuditEvent.Action.UPLOAD,
                actor=user,
                target=servant,
                servant=str(servant.public_id),
                bag=Path(bag.path).name,
                documents_added=added,
            )
    except Exception:
        storage = archive_storage()
        for name in written:  # nothing half-imported: the files of a refused bag go too
            storage.delete(name)
        raise
    return ImportResult(servant, created, added, len(documents) - added)
