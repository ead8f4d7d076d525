from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    """Files people upload: checked by what they contain (parsed, never grepped) on the way in, sent as
    downloads on the way out. Infrastructure: no models, and no domain app is known here."""

    name = "uploads"
    verbose_name = _("Uploads")
