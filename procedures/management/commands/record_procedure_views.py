from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from procedures.popularity import flush_view_counts


class Command(BaseCommand):
    help = _("Add the page views counted in the cache to each procedure's view count. Safe to run often.")

    def handle(self, *args, **options):
        recorded = flush_view_counts()
        self.stdout.write(_("%(count)d page views recorded.") % {"count": recorded})
