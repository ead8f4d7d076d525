from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from accounts import services
from accounts.models import OneTimeCode


class Command(BaseCommand):
    help = _(
        "Print a one-time code for an account: to set up two-step login (the first administrator, "
        "or anyone whose administrator is away) or to choose a new password."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--purpose",
            choices=[choice.value for choice in OneTimeCode.Purpose],
            default=OneTimeCode.Purpose.TWO_FACTOR_ENROLMENT.value,
        )

    def handle(self, *args, username, purpose, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("There is no account named %(username)s.") % {"username": username})
        code = services.issue_code(user=user, purpose=purpose)
        self.stdout.write(code)
