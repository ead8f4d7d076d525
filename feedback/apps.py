from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """Citizens' "was this useful?" and "report a problem", routed to the ministry that owns the page."""

    name = "feedback"
    verbose_name = _("Feedback from citizens")
    default_auto_field = "django.db.models.BigAutoField"
    role_permissions = {
        "clerk": {"report": "vc"},
        "reviewer": {"report": "vc"},
    }
