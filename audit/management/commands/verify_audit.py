from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from audit.chain import verify_chain


class Command(BaseCommand):
    help = _(
        "Check that no audit event was changed or removed (each event carries the hash of the one before)."
    )

    def handle(self, *args, **options):
        messages = {
            "changed": _("Event %(id)s was changed after it was written."),
            "removed_before": _("An event before event %(id)s was removed (or the chain was re-ordered)."),
            "removed_at_end": _("The newest events after event %(id)s were removed."),
        }
        breaks = list(verify_chain())
        for found in breaks:
            self.stderr.write(messages[found.problem] % {"id": found.event_id})
        if breaks:
            raise CommandError(
                _("The audit log has been tampered with (%(count)d problems).") % {"count": len(breaks)}
            )
        self.stdout.write(self.style.SUCCESS(_("The audit log is intact.")))
