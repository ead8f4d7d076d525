from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    """The staff's work dashboard on the admin index: what waits for a clerk or a reviewer, and charts."""

    name = "dashboard"
    verbose_name = _("Work dashboard")
