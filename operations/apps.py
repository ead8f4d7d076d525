from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Running the service: the health check, the request log and the page shown when the database is
    down."""

    name = "operations"
    verbose_name = _("Operations")
