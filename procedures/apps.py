from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProceduresConfig(AppConfig):
    name = "procedures"
    verbose_name = _("Procedures")
    # Citizens read these rows: a change drops the cached pages (page_cache/apps.py).
    public_content = True
    # Searches, their counters and the history of proposals change no public page.
    not_public_content = ("searchlog", "searchentry", "searchword", "revision")

    def ready(self):
        from procedures import signals

        signals.connect()
