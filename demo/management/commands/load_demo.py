import os

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from demo.loader import DemoLoader

DEFAULT_DEMO_PASSWORD = "isoko-demo-2026"  # noqa: S105 (demo accounts only; shown in the README)


class Command(BaseCommand):
    help = _(
        "Fill the database with the sample catalogue and demo accounts. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            default=os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD,
            help=_("Password of the demo accounts created (default: $DEMO_PASSWORD or %(default)s)."),
        )

    def handle(self, *args, password, verbosity, **options):
        def report(line):
            if verbosity >= 1:
                self.stdout.write(line)

        changes = DemoLoader(password=password, report=report).run()
        if changes:
            self.stdout.write(
                self.style.SUCCESS(_("Demo content loaded (%(count)d rows written).") % {"count": changes})
            )
        else:
            self.stdout.write(self.style.SUCCESS(_("Demo content already up to date: nothing changed.")))
        self.stdout.write(
            _(
                "Demo accounts: admin, clerk-justice, clerk-interior, reviewer; password: %(password)s "
                "(accounts that already existed keep their password)."
            )
            % {"password": password}
        )
