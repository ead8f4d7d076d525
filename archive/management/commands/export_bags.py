from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from archive.bags import export_dossier
from archive.models import Servant
from ministries.models import Institution


class Command(BaseCommand):
    help = _(
        "Write dossiers as BagIt bags (manifest-sha256), one folder per servant: their documents (originals "
        "and viewing copies), metadata (JSON) and the dossier's audit excerpt."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", help=_("Folder the bags are written into (created if needed)."))
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--matricule", action="append", help=_("A servant's matricule (repeatable)."))
        which.add_argument("--ministry", help=_("A ministry's slug: every servant assigned to it."))

    def handle(self, *args, destination, matricule, ministry, verbosity, **options):
        servants = Servant.objects.with_assignment().select_related("user").order_by("matricule")
        if ministry:
            found = Institution.objects.filter(slug=ministry, parent__isnull=True).first()
            if found is None:
                raise CommandError(_("No ministry has the slug “%(slug)s”.") % {"slug": ministry})
            servants = servants.filter(ministry=found)
        else:
            servants = servants.filter(matricule__in=matricule)
            missing = sorted(set(matricule) - set(servants.values_list("matricule", flat=True)))
            if missing:
                raise CommandError(_("Unknown matricule: %(list)s.") % {"list": ", ".join(missing)})
        folder = Path(destination)
        folder.mkdir(parents=True, exist_ok=True)
        count = 0
        for servant in servants.iterator(chunk_size=200):
            path = export_dossier(servant, folder, exported_by="manage.py export_bags")
            count += 1
            if verbosity > 1:
                self.stdout.write(str(path))
        self.stdout.write(_("%(count)d bags written in %(folder)s.") % {"count": count, "folder": folder})
