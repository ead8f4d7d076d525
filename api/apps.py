from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The open data API and bulk files: a read-only view of what is published, for others to build on."""

    name = "api"
    verbose_name = _("Open data")
