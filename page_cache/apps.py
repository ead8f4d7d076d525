from django.apps import AppConfig, apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _

from page_cache import version
from page_cache.fragments import fragments


class PageCacheConfig(AppConfig):
    """Whole public pages in the shared cache, dropped when public content changes.

    The cache knows no domain model: an app whose rows citizens read says so on its own AppConfig,
    `public_content = True`, and names the models that never change a page in `not_public_content`
    (logs, counters, the history of drafts)."""

    name = "page_cache"
    verbose_name = _("Page cache")

    def ready(self):
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(content_changed, dispatch_uid=f"page_cache_{signal}")


def is_public_content(model):
    config = apps.app_configs.get(model._meta.app_label)  # None for Django's own migration records
    return getattr(config, "public_content", False) and (
        model._meta.model_name not in getattr(config, "not_public_content", ())
    )


def content_changed(sender=None, **kwargs):
    """Signal handler: a content row changed, so every cached page is stale once it is committed (and
    this process's kept parts of pages at once)."""
    if sender is None or is_public_content(sender):
        fragments.clear()
        version.bump_after_commit()
