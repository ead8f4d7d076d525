"""manage.py's command line: commands speak the operator's language, not the citizens'.

Without this a command prints in LANGUAGE_CODE (Kirundi, the site's default) — help, progress, errors,
and Django's own prompts such as createsuperuser's password rules — which the person at the terminal
may not read. OPERATOR_LANGUAGE (English unless configured) is activated for every command run from
the command line. call_command() is left alone: code that calls a command chooses its own language.
"""

from django.apps import apps
from django.conf import settings
from django.core.management import ManagementUtility
from django.utils import translation


class OperatorCommandLine(ManagementUtility):
    def fetch_command(self, subcommand):
        # Before the command's module is imported: some commands translate their help when imported.
        # The apps are not ready only when the settings are broken; Django then reports that in English.
        if apps.ready:
            translation.activate(settings.OPERATOR_LANGUAGE)
        return super().fetch_command(subcommand)


def execute_from_command_line(argv=None):
    OperatorCommandLine(argv).execute()
