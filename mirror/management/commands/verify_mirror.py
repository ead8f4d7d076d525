from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from mirror.build import verify


class Command(BaseCommand):
    help = _("Check a mirror folder: the manifest's signature, and every file against its SHA-256.")

    def add_arguments(self, parser):
        parser.add_argument("folder")

    def handle(self, *args, folder, **options):
        problems = verify(folder)
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(
                _("The mirror does not match its signed manifest (%(count)d problems).")
                % {"count": len(problems)}
            )
        self.stdout.write(self.style.SUCCESS(_("The mirror matches its signed manifest.")))
