from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeaturePhonesConfig(AppConfig):
    name = "feature_phones"
    verbose_name = _("Feature phones (USSD and SMS)")

    def ready(self):
        from feature_phones import checks  # noqa: F401 (registers the system checks)
