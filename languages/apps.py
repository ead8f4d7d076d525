from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguagesConfig(AppConfig):
    """Showing content in three languages: which language a field is really shown in, the links to the
    same page in the others, and sitemaps that list every language."""

    name = "languages"
    verbose_name = _("Languages")
