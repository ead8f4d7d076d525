from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from backups.services import backup_run
from backups.tools import ToolError


class Command(BaseCommand):
    help = _(
        "Back up the database (pgBackRest on PostgreSQL, the online backup on SQLite) with a manifest of "
        "its row counts and published catalogue, then the archive and uploaded files (restic)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--type",
            dest="kind",
            choices=["full", "diff", "incr"],
            default="incr",
            help=_("PostgreSQL: full, differential or incremental (the first is always full)."),
        )

    def handle(self, *args, kind, **options):
        try:
            result = backup_run(kind=kind)
        except ToolError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("Backup %(run)s: %(rows)d rows, files snapshot %(snapshot)s.")
            % {
                "run": result.run_id,
                "rows": sum(result.manifest["rows"].values()),
                "snapshot": result.snapshot_id,
            }
        )
