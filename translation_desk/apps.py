from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationDeskConfig(AppConfig):
    """The translators' desk: what is missing, stale or unreviewed per ministry and language, and the
    XLIFF and PO files translators work on, whose import becomes an ordinary reviewed proposal."""

    name = "translation_desk"
    verbose_name = _("Translation desk")
