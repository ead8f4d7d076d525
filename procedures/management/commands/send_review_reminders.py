from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from procedures.services import send_review_reminders


class Command(BaseCommand):
    help = _("E-mail clerks the procedures due for review (at most weekly per procedure). Safe to run daily.")

    def handle(self, *args, **options):
        sent = send_review_reminders()
        self.stdout.write(_("%(count)d reminder e-mails sent.") % {"count": sent})
