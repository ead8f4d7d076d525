from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translation as a workflow: the state of every translated field per language (kept on each row by
    `TranslationStateField`, so it follows what is published), stale translations, and the glossary
    of administrative and legal terms. Knows no domain model by name."""

    name = "translations"
    verbose_name = _("Translations")
    # Reviewers keep the glossary; clerks and translators read it.
    role_permissions = {"clerk": {"glossaryterm": "v"}, "reviewer": {"glossaryterm": "vcad"}}
    # Terms are marked up on procedure pages: a change drops the cached pages (page_cache/apps.py).
    public_content = True

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from translations import glossary
        from translations.models import GlossaryTerm

        for signal in (post_save, post_delete):
            signal.connect(glossary.forget, sender=GlossaryTerm, dispatch_uid=f"glossary_forget_{signal}")
