from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from procedures.catalogue_transfer import export_catalogue


class Command(BaseCommand):
    help = gettext_lazy(
        "Write the whole catalogue (all languages, offices, forms with their files) to a ZIP archive."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help=_("Where to write the archive, e.g. isoko-catalogue.zip"))
        parser.add_argument(
            "--published-only", action="store_true", help=_("Leave out drafts: the open-data dump.")
        )

    def handle(self, *args, path, published_only, **options):
        manifest = export_catalogue(path, published_only=published_only)
        self.stdout.write(
            _("%(path)s: %(rows)d rows, %(files)d files.")
            % {"path": path, "rows": sum(manifest["counts"].values()), "files": len(manifest["files"])}
        )
