"""Reading a manifest (and the optional servants sheet) and validating every row before anything is stored."""

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError

from archive.ingest.messages import problem
from archive.models import MATRICULE_VALIDATOR

COLUMNS = ["matricule", "document_type", "date", "title", "reference", "file"]
OPTIONAL_COLUMNS = ["sha256"]
SERVANT_COLUMNS = ["matricule", "surname", "given_names", "date_of_birth", "institution"]
OPTIONAL_SERVANT_COLUMNS = ["career_type"]
SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class Row:
    line: int
    matricule: str
    type_code: str
    date_text: str
    title: str
    reference: str
    files: list
    sha256s: list
    problems: list = field(default_factory=list)
    servant_id: int | None = None
    type_id: int | None = None
    act_date: date | None = None
    fingerprints: list = field(default_factory=list)
    skip: bool = False

    @property
    def content_sha256(self):
        hashes = [fp.sha256 for fp in self.fingerprints]
        if len(hashes) == 1:
            return hashes[0]
        return hashlib.sha256("\n".join(hashes).encode()).hexdigest()

    @property
    def file_names(self):
        return "|".join(self.files)


def batch_template_rows(kind):
    """The header and one example line of a manifest or servants sheet (Http404 for another kind)."""
    from django.http import Http404

    from archive.models import DocumentType

    if kind == "manifest":
        code = DocumentType.objects.values_list("code", flat=True).first() or "appointment"
        return [
            COLUMNS,
            ["JU-1001", code, "2019-04-01", "Appointment decree", "D-100/2019", "page-1.jpg|page-2.jpg"],
        ]
    if kind == "servants":
        columns = SERVANT_COLUMNS + OPTIONAL_SERVANT_COLUMNS
        return [columns, ["JU-1001", "Ndayishimiye", "Alice", "1980-05-17", "criminal-records", ""]]
    raise Http404


def _reader(handle, expected, optional):
    """A DictReader over a binary CSV handle, or (None, problem) when its columns are wrong."""
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text)
    try:
        header = [name.strip().lower() for name in (reader.fieldnames or [])]
    except (UnicodeDecodeError, csv.Error):  # a header field over 131,072 characters, too
        return None, problem("unreadable_manifest")
    if not set(expected) <= set(header) or not set(header) <= set(expected + optional):
        return None, problem(
            "bad_columns", found=", ".join(header) or "–", expected=", ".join(expected + optional)
        )
    reader.fieldnames = header
    return reader, None


def read_rows(handle):
    """(rows, problem or None). The text of each row only; files are looked at by validate_files."""
    reader, refused = _reader(handle, COLUMNS, OPTIONAL_COLUMNS)
    if refused:
        return [], refused
    rows = []
    try:
        for record in reader:
            values = {key: (value or "").strip() for key, value in record.items() if key}
            if not any(values.values()):
                continue
            rows.append(
                Row(
                    line=reader.line_num,
                    matricule=(record.get("matricule") or "").strip("\ufeff"),
                    type_code=values["document_type"],
                    date_text=values["date"],
                    title=values["title"],
                    reference=values["reference"],
                    files=[name.strip() for name in values["file"].split("|") if name.strip()],
                    sha256s=[s.strip().lower() for s in values.get("sha256", "").split("|") if s.strip()],
                )
            )
    except (UnicodeDecodeError, csv.Error):
        return [], problem("unreadable_manifest")
    return rows, (None if rows else problem("empty_manifest"))


def check_matricule(value):
    """A problem with a matricule as written, or None."""
    if value != value.strip() or " " in value or "\t" in value:
        return problem("matricule_spaces", value=value)
    try:
        MATRICULE_VALIDATOR(value)
    except ValidationError:
        return problem("bad_matricule", value=value)
    return None


def check_text(row, type_ids):
    """Checks that need no file and no dossier: matricule, type, date, title, checksums."""
    if found := check_matricule(row.matricule):
        row.problems.append(found)
    row.type_id = type_ids.get(row.type_code)
    if row.type_id is None:
        row.problems.append(problem("unknown_type", value=row.type_code))
    try:
        row.act_date = date.fromisoformat(row.date_text)
    except ValueError:
        row.problems.append(problem("bad_date", value=row.date_text))
    if not row.title:
        row.problems.append(problem("missing_title"))
    if not row.files:
        row.problems.append(problem("missing_file", name="–"))
    for value in row.sha256s:
        if not SHA256.match(value):
            row.problems.append(problem("bad_checksum_format", value=value))


def check_repeats(rows):
    """A row identical to an earlier one, or a file given on two rows."""
    seen_rows, seen_files = {}, {}
    for row in rows:
        key = (row.matricule, row.type_code, row.date_text, row.title, row.reference, tuple(row.files))
        if key in seen_rows:
            row.problems.append(problem("repeated_row", line=seen_rows[key]))
            continue
        seen_rows[key] = row.line
        for name in row.files:
            if name in seen_files:
                row.problems.append(problem("file_used_twice", name=name, line=seen_files[name]))
            else:
                seen_files[name] = row.line


def read_servants(handle):
    """(list of dicts with their line, problem or None) from the servants sheet."""
    reader, refused = _reader(handle, SERVANT_COLUMNS, OPTIONAL_SERVANT_COLUMNS)
    if refused:
        refused["code"] = "servant_bad_columns"
        return [], refused
    try:
        rows = [
            {"line": reader.line_num, **{k: (v or "").strip() for k, v in record.items() if k}}
            for record in reader
        ]
    except (UnicodeDecodeError, csv.Error):
        return [], problem("unreadable_manifest")
    return [row for row in rows if any(v for k, v in row.items() if k != "line")], None
