from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsLibraryConfig(AppConfig):
    name = "forms_library"
    verbose_name = _("Forms library")
    role_permissions = {
        "clerk": {"form": "vcad", "formfile": "vca"},
        "reviewer": {"form": "v", "formfile": "v"},
    }
    # Citizens read these rows: a change drops the cached pages (page_cache/apps.py).
    public_content = True

    def ready(self):
        from forms_library.models import Form
        from review import snapshots

        # A new file version, a new title, a new or deleted form: all reviewed (review/).
        snapshots.register(Form, rows={"files": snapshots.APPEND})
