from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from procedures.catalogue_transfer import ArchiveError, import_catalogue


class Command(BaseCommand):
    help = gettext_lazy("Restore a catalogue archive written by export_catalogue into an empty database.")

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            manifest = import_catalogue(path)
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("%(path)s: %(rows)d rows and %(files)d files restored.")
            % {"path": path, "rows": sum(manifest["counts"].values()), "files": len(manifest["files"])}
        )
