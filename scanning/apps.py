from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScanningConfig(AppConfig):
    name = "scanning"
    verbose_name = _("Scanning station")
    # Scans are personnel files: never in the public page cache, never a catalogue change.
    public_content = False

    def ready(self):
        from scanning import tasks  # noqa: F401  (uploaded stacks' task, for every worker)
