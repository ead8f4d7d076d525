import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from archive.fixity import verify_files


class Command(BaseCommand):
    help = _(
        "Re-hash every stored file against its recorded checksum; report missing, altered and orphan files "
        "(exit status 1 if any). Files checked longest ago go first, so runs with a time budget cover the "
        "archive over several nights."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--budget-seconds", type=float, default=None, help=_("Stop after this many seconds (a slice).")
        )
        parser.add_argument("--no-progress", action="store_true", help=_("No progress bar."))

    def handle(self, *args, budget_seconds, no_progress, verbosity, **options):
        bar = None

        def progress(done, total):
            nonlocal bar
            if no_progress or verbosity < 1:
                return
            if bar is None:
                from tqdm import tqdm

                bar = tqdm(total=total, desc=_("Checking"), unit="file", file=sys.stderr)
            bar.update(1)

        report = verify_files(budget_seconds=budget_seconds, progress=progress)
        if bar is not None:
            bar.close()
        for name in report.missing:
            self.stderr.write(_("Missing: %(name)s") % {"name": name})
        for name in report.altered:
            self.stderr.write(_("Altered (checksum differs): %(name)s") % {"name": name})
        for name in report.orphans:
            self.stderr.write(_("Orphan (in storage, in no record): %(name)s") % {"name": name})
        for name in report.not_removed:
            self.stderr.write(_("Destroyed but still in storage: %(name)s") % {"name": name})
        self.stdout.write(_("%(count)d files checked.") % {"count": report.checked})
        if report.destroyed:
            self.stdout.write(
                _("%(count)d files were destroyed on purpose (see the destruction records).")
                % {"count": report.destroyed}
            )
        if not report.complete:
            self.stdout.write(
                _("Time budget reached: the next run continues with the files checked longest ago.")
            )
        if not report.ok:
            raise CommandError(
                _(
                    "%(missing)d missing, %(altered)d altered, %(orphans)d orphan files, "
                    "%(not_removed)d destroyed files still in storage."
                )
                % {
                    "missing": len(report.missing),
                    "altered": len(report.altered),
                    "orphans": len(report.orphans),
                    "not_removed": len(report.not_removed),
                }
            )
        self.stdout.write(self.style.SUCCESS(_("Every file checked is intact.")))
