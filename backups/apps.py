from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackupsConfig(AppConfig):
    """Backups of the whole system and the drill that proves they restore: pgBackRest for PostgreSQL,
    SQLite's online backup for the embedded default, restic for files. Knows no domain model: it counts
    every model's rows, checks every file a CheckedFile declaration names, and asks the catalogue for
    its published export through its management command."""

    name = "backups"
    verbose_name = _("Backups")
