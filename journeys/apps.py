from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JourneysConfig(AppConfig):
    """Journeys across ministries: ordered steps, each linking procedures of any ministry."""

    name = "journeys"
    verbose_name = _("Journeys")
    # Clerks of any ministry propose journeys; reviewers approve them, as procedures (review/).
    role_permissions = {
        "clerk": {"journey": "vcad", "journeystep": "vcad", "journeylink": "vcad"},
        "reviewer": {"journey": "v", "journeystep": "v", "journeylink": "v"},
    }
    public_content = True  # a change drops the cached pages and the "Part of" index (page_cache/apps.py)

    def ready(self):
        from journeys.models import Journey
        from review import snapshots

        snapshots.register(Journey, rows={"steps": snapshots.REPLACE, "links": snapshots.REPLACE})
