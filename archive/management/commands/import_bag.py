from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from archive.bags import BagRefused, import_bag


class Command(BaseCommand):
    help = _(
        "Import dossiers from BagIt bags made by export_bags. Every checksum is verified first; a damaged "
        "bag is refused and changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("bags", nargs="+", help=_("Bag folders."))

    def handle(self, *args, bags, **options):
        refused = 0
        for path in bags:
            try:
                result = import_bag(path)
            except BagRefused as error:
                refused += 1
                self.stderr.write(f"{path}: {error}")
                continue
            self.stdout.write(
                _("%(path)s: %(matricule)s, %(added)d documents added, %(present)d already there.")
                % {
                    "path": path,
                    "matricule": result.servant.matricule,
                    "added": result.documents_added,
                    "present": result.documents_present,
                }
            )
        if refused:
            raise CommandError(_("%(count)d bags refused.") % {"count": refused})
