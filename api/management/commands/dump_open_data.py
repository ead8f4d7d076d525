import time

from django.core.management.base import BaseCommand

from api.bulk import write_open_data


class Command(BaseCommand):
    help = (
        "Write the open data files of the published catalogue (JSON, CSV per table, JSON-LD, manifest with "
        "SHA-256 and licence) into OPEN_DATA_ROOT, served at /open-data/. Schedule it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--folder", help="Write here instead of OPEN_DATA_ROOT.")

    def handle(self, *args, folder=None, **options):
        started = time.perf_counter()
        manifest = write_open_data(folder)
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"{manifest['procedures']} procedures, {len(manifest['files'])} files in {seconds:.2f} s"
        )
