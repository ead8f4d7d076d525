"""Run inside a restored copy by the restore drill (its own process, pointed at the copy): prints one
JSON report. Not meant to be run by hand, though it is harmless."""

import contextlib
import io
import json
import re

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from backups import manifest


class Command(BaseCommand):
    help = _("Check a restored copy against the manifest of its backup (used by restore_drill).")

    def add_arguments(self, parser):
        parser.add_argument("manifest_path", help=_("The backup's manifest.json"))
        parser.add_argument("--no-compare", action="store_true", help=_("Restored to another moment."))

    def handle(self, *args, manifest_path, no_compare, **options):
        with open(manifest_path, encoding="utf-8") as handle:
            recorded = json.load(handle)
        problems, notes, checks = [], [], {}
        # First, before verify_archive records its fixity events in the copy.
        found = manifest.take()
        checks["rows"] = sum(found["rows"].values())
        if no_compare:
            notes.append(_("Restored to a chosen moment: row counts are not compared with the backup's."))
        else:
            problems += manifest.differences(recorded, found)
        files = manifest.file_problems()
        problems += files
        checks["files named by rows"] = not files
        archive_problems, orphans = _verify_archive()
        problems += archive_problems
        notes += [
            _("File written after the database's moment (no row names it): %(name)s") % {"name": name}
            for name in orphans
        ]
        checks["verify_archive"] = not archive_problems
        audit = _run("verify_audit")
        checks["verify_audit"] = audit is None
        if audit is not None:
            problems.append(audit)
        self.stdout.write(json.dumps({"problems": problems, "notes": notes, "checks": checks}))


def _run(name, *arguments):
    """None when the command passes, else what it said."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(name, *arguments, stdout=out, stderr=err)
    except CommandError as error:
        return (err.getvalue() + str(error)).strip()
    return None


def _verify_archive():
    """verify_archive's failures, and its orphans apart: a file in the copy no restored row names was
    written after the database's moment, and is named rather than counted as damage."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.suppress(CommandError):
        call_command("verify_archive", "--no-progress", stdout=out, stderr=err)
    problems, orphans = [], []
    for line in err.getvalue().splitlines():
        orphan = re.match(r"Orphan \(in storage, in no record\): (.+)", line)
        if orphan:
            orphans.append(orphan.group(1))
        elif line.strip():
            problems.append(f"verify_archive: {line.strip()}")
    return problems, orphans
