from django.core.management.base import BaseCommand

from procedures.catalogue_archive import export_catalogue


class Command(BaseCommand):
    help = "Write the whole catalogue (all languages, offices, forms with their files) to a ZIP archive."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Where to write the archive, e.g. isoko-catalogue.zip")
        parser.add_argument(
            "--published-only", action="store_true", help="Leave out drafts: the open-data dump."
        )

    def handle(self, *args, path, published_only, **options):
        manifest = export_catalogue(path, published_only=published_only)
        total = sum(manifest["counts"].values())
        self.stdout.write(f"{path}: {total} rows, {len(manifest['files'])} files.")
