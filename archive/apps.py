from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = _("Personnel files")
    # Dossiers are private: never in the public page cache, never a catalogue change.
    public_content = False

    def ready(self):
        from archive import admin_ocr, checks  # noqa: F401  (text recognition's admin; start-up checks)
        from archive.ingest import tasks  # noqa: F401  (uploaded batches' task, for every worker)
