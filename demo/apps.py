from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Sample content (labelled as such) and `manage.py load_demo`; the top floor: it may use every app,
    and no app uses it."""

    name = "demo"
    verbose_name = _("Demo content")
