"""A batch's report in words: lines for the command line, rows for the CSV download and the admin page."""

import io

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from archive.ingest.messages import describe
from archive.models import IngestRow
from uploads.spreadsheets import spreadsheet_writer

CSV_HEADER = ["line", "matricule", "files", "outcome", "problems"]


def counts(batch):
    found = dict.fromkeys(IngestRow.Outcome.values, 0)
    for outcome in batch.rows.values_list("outcome", flat=True):
        found[outcome] += 1
    return found


def summary_lines(batch):
    """What the command prints: the batch's own problems, each refused row, then the totals."""
    for found in batch.problems:
        yield describe(found)
    for row in batch.rows.filter(outcome=IngestRow.Outcome.REFUSED):
        reasons = "; ".join(describe(p) for p in row.problems)
        yield _("Line %(line)s (%(matricule)s): %(reasons)s") % {
            "line": row.line,
            "matricule": row.matricule,
            "reasons": reasons,
        }
    found = counts(batch)
    yield ngettext("%(count)d document stored", "%(count)d documents stored", found["stored"]) % {
        "count": found["stored"]
    }
    yield ngettext(
        "%(count)d document already in its dossier",
        "%(count)d documents already in their dossiers",
        found["skipped"],
    ) % {"count": found["skipped"]}
    yield ngettext("%(count)d row refused", "%(count)d rows refused", found["refused"]) % {
        "count": found["refused"]
    }


def report_csv(batch, names=None):
    """The report as CSV text (UTF-8 with BOM, so spreadsheet programs read the accents); `names` gives
    the servants' names by matricule (those the reader may see)."""
    names = names or {}
    out = io.StringIO()
    out.write("\ufeff")
    writer = spreadsheet_writer(out)
    writer.writerow(
        [_("line"), _("matricule"), _("name"), _("title"), _("files"), _("outcome"), _("problems")]
    )
    for found in batch.problems:
        writer.writerow(["", "", "", "", "", _("Whole batch"), describe(found)])
    for row in batch.rows.all():
        writer.writerow(
            [
                row.line,
                row.matricule,
                names.get(row.matricule, ""),
                row.title,
                row.file_names,
                row.get_outcome_display(),
                "; ".join(describe(p) for p in row.problems),
            ]
        )
    return out.getvalue()
