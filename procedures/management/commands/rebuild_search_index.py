from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from procedures.search import rebuild_search_index


class Command(BaseCommand):
    help = _("Rebuild the search index of every procedure (safe to run at any time).")

    def handle(self, *args, **options):
        count = rebuild_search_index()
        self.stdout.write(_("%(count)d procedures indexed.") % {"count": count})
