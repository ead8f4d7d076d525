from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from procedures.services import publish_due_changes


class Command(BaseCommand):
    help = _("Publish the approved changes whose date has come. Safe to run every few minutes.")

    def handle(self, *args, **options):
        published = publish_due_changes()
        self.stdout.write(_("%(count)d scheduled changes published.") % {"count": len(published)})
