from django.contrib.admin.apps import AdminConfig


class IsokoAdminConfig(AdminConfig):
    """Django's admin, on Isôko's site (two-step login for reviewers and administrators)."""

    default_site = "isoko.admin_site.IsokoAdminSite"
