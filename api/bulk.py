"""The bulk open data files: the published catalogue as JSON and as one CSV file per table, the
procedures as JSON-LD, a manifest with each file's SHA-256 and the licence, and a SHA256SUMS file.

Built from the catalogue export (procedures/catalogue_transfer.py, published only), minus what the API
does not show either: withdrawn procedures and the editorial fields of the rest. Each file is written
beside the old one and moved into place, the manifest last, so a reader never gets a half-written set.
"""

import hashlib
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from api.linked_data import catalogue_graph
from procedures.catalogue_transfer import PROCEDURE_PARTS, export_catalogue
from procedures.models import Procedure
from uploads.spreadsheets import spreadsheet_writer

MANIFEST = "manifest.json"
PROCEDURE = "procedures.procedure"
PARTS = {model._meta.label_lower for model in PROCEDURE_PARTS}
EDITORIAL_FIELDS = (
    "draft_of",
    "edit_version",
    "submitted_at",
    "submitted_by",
    "review_comment",
    "publish_on",
    "review_reminder_sent_on",
    "view_count",
)
CONTENT_TYPES = {
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".jsonld": "application/ld+json",
    "": "text/plain; charset=utf-8",
}


def published_rows():
    """The catalogue export's rows, with only published procedures and none of their editorial fields."""
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "catalogue.zip"
        export_catalogue(archive, published_only=True)
        with zipfile.ZipFile(archive) as opened:
            rows = json.loads(opened.read("catalogue.json"))
    hidden = {
        row["pk"]
        for row in rows
        if row["model"] == PROCEDURE and row["fields"]["status"] != Procedure.Status.PUBLISHED
    }
    kept = []
    for row in rows:
        if row["model"] == PROCEDURE:
            if row["pk"] in hidden:
                continue
            for name in EDITORIAL_FIELDS:
                row["fields"].pop(name, None)
            if row["fields"]["replaced_by"] in hidden:
                row["fields"]["replaced_by"] = None
        elif row["model"] in PARTS and row["fields"]["procedure"] in hidden:
            continue
        kept.append(row)
    return kept


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    return str(value)


def csv_tables(rows):
    """{file name: CSV text}: one table per model, a column per field, many-to-many ids joined by ';'."""
    by_model = {}
    for row in rows:
        by_model.setdefault(row["model"], []).append(row)
    tables = {}
    for model, model_rows in by_model.items():
        columns = list(dict.fromkeys(name for row in model_rows for name in row["fields"]))
        out = io.StringIO()
        writer = spreadsheet_writer(out)  # cells no spreadsheet runs as formulas (issue 23, trust)
        writer.writerow(["id", *columns])
        for row in model_rows:
            writer.writerow([row["pk"], *(_csv_value(row["fields"].get(name)) for name in columns)])
        tables[f"{model.replace('.', '_')}.csv"] = out.getvalue()
    return tables


def _write(folder, name, content):
    data = content.encode() if isinstance(content, str) else content
    temporary = folder / f".{name}.tmp"
    temporary.write_bytes(data)
    os.replace(temporary, folder / name)
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def write_open_data(folder=None):
    """Write every file into `folder` (default OPEN_DATA_ROOT); returns the manifest."""
    folder = Path(folder or settings.OPEN_DATA_ROOT)
    folder.mkdir(parents=True, exist_ok=True)
    rows = published_rows()
    contents = {"catalogue.json": json.dumps(rows, ensure_ascii=False, indent=1)}
    contents.update(csv_tables(rows))
    contents["procedures.jsonld"] = json.dumps(catalogue_graph(), ensure_ascii=False, indent=1)
    files = [_write(folder, name, content) for name, content in contents.items()]
    sums = "".join(f"{entry['sha256']}  {entry['name']}\n" for entry in files)
    files.append(_write(folder, "SHA256SUMS", sums))
    manifest = {
        "title": "Isôko: Burundi's administrative procedures (published catalogue)",
        "created_at": timezone.now().isoformat(),
        "licence": settings.OPEN_DATA_LICENCE,
        "procedures": sum(1 for row in rows if row["model"] == PROCEDURE),
        "files": files,
    }
    _write(folder, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


def published_file(name, folder=None):
    """(path, content type, manifest entry) of a file the current manifest lists; None for any other."""
    folder = Path(folder or settings.OPEN_DATA_ROOT)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        return None
    listed = {entry["name"]: entry for entry in manifest["files"]} | {MANIFEST: None}
    if name not in listed:
        return None
    return folder / name, CONTENT_TYPES.get(Path(name).suffix, CONTENT_TYPES[""]), listed[name]
