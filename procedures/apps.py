from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProceduresConfig(AppConfig):
    name = "procedures"
    verbose_name = _("Procedures")
    role_permissions = {
        "clerk": {
            "procedure": "vcad",
            "step": "vcad",
            "requireddocument": "vcad",
            "fee": "vcad",
            "rejectionreason": "vcad",
            "legalbasis": "vcad",
            "searchterm": "vcad",
            "searchlog": "v",
            "theme": "v",
        },
        "reviewer": {
            "procedure": "v",
            "step": "v",
            "requireddocument": "v",
            "fee": "v",
            "rejectionreason": "v",
            "legalbasis": "v",
            "searchterm": "v",
            "searchlog": "v",
            "revision": "v",
            "changenote": "v",
            "theme": "v",
        },
    }
    # Citizens read these rows: a change drops the cached pages (page_cache/apps.py).
    public_content = True
    # Searches, their counters and the history of proposals change no public page.
    not_public_content = ("searchlog", "searchentry", "searchword", "revision")

    def ready(self):
        from procedures import signals

        signals.connect()
