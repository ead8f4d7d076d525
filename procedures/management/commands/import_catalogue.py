from django.core.management.base import BaseCommand, CommandError

from procedures.catalogue_archive import ArchiveError, import_catalogue


class Command(BaseCommand):
    help = "Restore a catalogue archive written by export_catalogue into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            manifest = import_catalogue(path)
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        total = sum(manifest["counts"].values())
        self.stdout.write(f"{path}: {total} rows and {len(manifest['files'])} files restored.")
