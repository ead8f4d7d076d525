from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from scanning.models import ScanPage, Station
from scanning.run import ScanRefused, process, receive


class Command(BaseCommand):
    help = "Read scanned stacks (PDF or TIFF), cut them into documents and file them in their dossiers."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")
        parser.add_argument("--station", default="command-line")
        parser.add_argument("--duplex", action="store_true", help="two-sided, scanned in two passes")
        parser.add_argument("--sheets", type=int, default=None, help="sheets counted before scanning")

    def handle(self, *args, **options):
        station, _created = Station.objects.get_or_create(name=options["station"])
        read_any = False
        for name in options["files"]:
            try:
                with open(name, "rb") as handle:
                    batch = receive(
                        handle,
                        name=name,
                        station=station,
                        duplex=options["duplex"],
                        sheets_counted=options["sheets"],
                    )
            except (ScanRefused, OSError) as error:
                self.stderr.write(f"{name}: {error}")
                continue
            batch = process(batch.pk)
            read_any = read_any or batch.pages.exists()
            self.stdout.write(self._summary(name, batch))
        if not read_any:
            raise CommandError(_("Nothing could be read."))

    def _summary(self, name, batch):
        pages = batch.pages.only("flags", "state")
        flagged = sum(1 for p in pages if p.flags or p.state == ScanPage.State.NEEDS_PERSON)
        return _(
            "%(name)s: %(dossiers)s dossiers, %(documents)s documents (%(filed)s filed), %(pages)s pages, "
            "%(flagged)s flagged"
        ) % {
            "name": name,
            "dossiers": batch.documents.values("servant").distinct().count(),
            "documents": batch.documents.count(),
            "filed": batch.documents.filter(document__isnull=False).count(),
            "pages": batch.pages_total,
            "flagged": flagged,
        }
