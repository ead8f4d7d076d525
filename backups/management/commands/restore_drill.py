from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from backups.drill import restore_drill


class Command(BaseCommand):
    help = _(
        "Restore the latest backup (or a chosen moment) into a scratch database and folder, check it, and "
        "print the recovery time and recovery point. Exit status 1 on any difference."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--moment", help=_("Restore to this moment instead (ISO 8601, e.g. 2026-12-08T01:30Z).")
        )
        parser.add_argument(
            "--scratch", help=_("Restore into this folder (kept) instead of a temporary one.")
        )

    def handle(self, *args, moment, scratch, **options):
        when = None
        if moment:
            when = parse_datetime(moment.replace("Z", "+00:00"))
            if when is None:
                raise CommandError(_("Not a date and time: %(value)s") % {"value": moment})
            if timezone.is_naive(when):
                when = timezone.make_aware(when)
        report = restore_drill(moment=when, scratch=scratch, keep=bool(scratch), say=self.stdout.write)
        for note in report.notes:
            self.stdout.write(_("Note: %(note)s") % {"note": note})
        for name, passed in report.checks.items():
            self.stdout.write(f"  {name}: " + (_("passed") if passed is True else str(passed)))
        self.stdout.write(
            _("Backup %(run)s (files snapshot %(snapshot)s).")
            % {"run": report.run_id, "snapshot": report.snapshot}
        )
        self.stdout.write(
            _("Recovery time: %(seconds).1f s (start to verified).") % {"seconds": report.recovery_seconds}
        )
        if report.steps:
            self.stdout.write(
                _("  files %(files).1f s, database %(database).1f s, checks %(checks).1f s")
                % {"files": 0, "database": 0, "checks": 0, **report.steps}
            )
        if report.recovered_to:
            age = timezone.now() - report.recovered_to
            self.stdout.write(
                _("Recovery point: %(when)s, %(age)d s ago (the last transaction recovered).")
                % {"when": report.recovered_to.isoformat(), "age": age.total_seconds()}
            )
        for problem in report.problems:
            self.stderr.write(_("Difference: %(problem)s") % {"problem": problem})
        if not report.ok:
            count = len(report.problems)
            raise CommandError(
                ngettext(
                    "The restore drill found %(count)d difference.",
                    "The restore drill found %(count)d differences.",
                    count,
                )
                % {"count": count}
            )
        self.stdout.write(self.style.SUCCESS(_("The restored copy matches the backup.")))
