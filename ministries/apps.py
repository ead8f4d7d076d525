from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MinistriesConfig(AppConfig):
    name = "ministries"
    verbose_name = _("Institutions and offices")
    # Clerks keep their ministry's offices up to date; the admin narrows every list to that ministry.
    role_permissions = {
        "clerk": {
            "institution": "vc",
            "office": "vcad",
            "openinghours": "vcad",
            "province": "v",
            "commune": "v",
            "officenotice": "vcad",
        },
        "reviewer": {
            "institution": "v",
            "office": "v",
            "openinghours": "v",
            "province": "v",
            "commune": "v",
            "officenotice": "v",
        },
    }
    # Citizens read these rows: a change drops the cached pages (page_cache/apps.py).
    public_content = True

    def ready(self):
        from django.db.models.signals import post_migrate

        from ministries.models import Institution, Office, OfficeNotice
        from ministries.roles import ensure_role_groups
        from review import snapshots

        # Citizens read them: every change is proposed and reviewed (review/).
        snapshots.register(Institution)
        snapshots.register(OfficeNotice)
        snapshots.register(
            Office, rows={"hours": snapshots.REPLACE}, relations=["serves_provinces", "serves_communes"]
        )

        # Without a sender: it must also run after the later apps have their permissions created.
        post_migrate.connect(ensure_role_groups, dispatch_uid="isoko_role_groups")
