from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Who logs in and how: the staff admin's login with its second step, and (for public servants)
    accounts opened with a one-time code."""

    default = True
    name = "accounts"
    verbose_name = _("Accounts")


class StaffAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on Isôko's site (two-step login for reviewers and administrators)."""

    default = False
    default_site = "accounts.admin_site.IsokoAdminSite"
