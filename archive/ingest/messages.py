"""Every problem an ingest can report, by id, put into words in the reader's language when shown.

Reports keep the id and its values (IngestRow.problems), so the same report reads in Kirundi, French or
English, on the page, in the CSV and on the command line.
"""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    # The whole batch
    "bad_columns": _("The manifest's columns are %(found)s; they must be %(expected)s."),
    "servant_bad_columns": _("The servants sheet's columns are %(found)s; they must be %(expected)s."),
    "unreadable_manifest": _("The manifest cannot be read as a CSV file in UTF-8."),
    "empty_manifest": _("The manifest has no rows."),
    "bad_zip": _("The files are neither a folder nor a readable ZIP file."),
    "zip_too_large": _("The ZIP file would unpack to more than %(limit_mb)s MB."),
    "ingest_failed": _(
        "The batch stopped on an error, several times over; the error is in the server's log. What was "
        "stored before it is kept. Run the batch again (Ingest batches in the administration), or upload "
        "it again: what is already in is skipped."
    ),
    "extra_file": _("File “%(name)s” is in the files given but on no row of the manifest."),
    "link": _("“%(name)s” is a link, not a file: it was not read."),
    "unsafe_name": _("“%(name)s” points outside the folder (for example with ../): it was not read."),
    "zip_bomb": _("“%(name)s” would unpack to far more than its compressed size: it was not read."),
    # One row
    "matricule_spaces": _("The matricule “%(value)s” contains spaces."),
    "bad_matricule": _("“%(value)s” is not a matricule (letters, digits, '/', '.' or '-')."),
    "unknown_matricule": _("No servant has the matricule “%(value)s”."),
    "unknown_type": _("“%(value)s” is not a document type (see the list of document types)."),
    "bad_date": _("“%(value)s” is not a date (write it as YYYY-MM-DD)."),
    "missing_title": _("The title is empty."),
    "missing_file": _("File “%(name)s” is not in the files given."),
    "repeated_row": _("This row repeats line %(line)s."),
    "file_used_twice": _("File “%(name)s” is already used on line %(line)s."),
    "several_pdfs": _("Only scanned images can be joined into one document; give one PDF per row."),
    "bad_checksum_format": _("“%(value)s” is not a SHA-256 checksum (64 hexadecimal characters)."),
    "checksum_mismatch": _(
        "File “%(name)s” does not match the checksum given: it is not the file that was sent."
    ),
    "too_large": _("File “%(name)s” is larger than %(limit_mb)s MB."),
    "too_large_member": _("File “%(name)s” is larger than the limit."),
    "empty": _("File “%(name)s” is empty (0 bytes)."),
    "unsupported_format": _("File “%(name)s” is neither a PDF nor a TIFF, JPEG or PNG scan."),
    "extension_mismatch": _("The name of file “%(name)s” does not match its content."),
    "active_content": _("File “%(name)s” contains active content (scripts, actions or attachments)."),
    "unreadable": _("File “%(name)s” cannot be read (damaged or incomplete)."),
    "infected": _("File “%(name)s” was refused by the virus scanner."),
    "scanner_unavailable": _(
        "File “%(name)s” could not be checked: the virus scanner is not answering. Run the batch again later."
    ),
    "changed_during_ingest": _("File “%(name)s” changed while the batch was being registered."),
    # The servants sheet
    "servant_line": _("Servants sheet, line %(line)s: %(problem)s"),
    "unknown_institution": _("“%(value)s” is not an institution (give its short name, the slug)."),
    "missing_surname": _("The surname is empty."),
    "servant_repeated": _(
        "The matricule “%(value)s” is already on line %(line)s (capitals or not, it is one servant): "
        "neither line was registered. Keep one line per servant."
    ),
    "servant_not_yours": _(
        "The matricule “%(value)s” cannot be registered from your sheet. If it is your ministry's servant, "
        "ask the archivist to check it."
    ),
}


def describe(problem):
    """One problem ({'code': …, values…}) in words, in the active language."""
    values = {key: value for key, value in problem.items() if key != "code"}
    if problem["code"] == "servant_line":
        values["problem"] = describe(values["problem"])
    return str(MESSAGES[problem["code"]]) % values


def problem(code, **values):
    return {"code": code, **values}
