from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from archive.models import Servant
from ministries.models import Institution
from scanning.sheets import sheets_pdf


class Command(BaseCommand):
    help = "Print cover sheets (one per dossier) and separator sheets (one per document type) as one PDF."

    def add_arguments(self, parser):
        parser.add_argument("--ministry", help="slug of a ministry: every servant of it")
        parser.add_argument("--matricules", help="comma-separated matricules")
        parser.add_argument("--output", required=True, help="the PDF file to write")

    def handle(self, *args, **options):
        servants = Servant.objects.with_assignment().order_by("matricule")
        if options["ministry"]:
            ministry = Institution.objects.filter(slug=options["ministry"], parent__isnull=True).first()
            if ministry is None:
                raise CommandError(_("No ministry %(slug)s.") % {"slug": options["ministry"]})
            servants = servants.filter(ministry=ministry)
        if options["matricules"]:
            wanted = [m.strip() for m in options["matricules"].split(",") if m.strip()]
            servants = servants.filter(matricule__in=wanted)
            missing = sorted(set(wanted) - set(servants.values_list("matricule", flat=True)))
            if missing:
                raise CommandError(_("Unknown matricules: %(list)s.") % {"list": ", ".join(missing)})
        if not options["ministry"] and not options["matricules"]:
            raise CommandError(_("Give --ministry or --matricules."))
        servants = list(servants)
        Path(options["output"]).write_bytes(sheets_pdf(servants))
        self.stdout.write(
            _("%(count)s cover sheets written to %(file)s.")
            % {"count": len(servants), "file": options["output"]}
        )
