from django.apps import AppConfig, apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _

from page_cache import version
from page_cache.fragments import clear_all


class PageCacheConfig(AppConfig):
    """Whole public pages in the shared cache, dropped when what citizens see changes.

    The cache knows no domain model: an app whose rows citizens read says so on its own AppConfig,
    `public_content = True`, and names the models that never change a page in `not_public_content`
    (logs, counters, the history of drafts). A row that citizens do not see *yet* (a draft, a working
    copy and its steps, fees…) says so with `shown_to_public = False`: saving it changes no page.
    Its publication (the public row written, withdrawn, offered again; a proposal applied on
    approval; the glossary changed by a reviewer) is a save of a row shown to the public, and drops
    the cached pages then, once it is committed."""

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


def content_changed(sender=None, instance=None, **kwargs):
    """Signal handler: a row citizens see changed, so every cached page is stale once it is committed
    (and this process's kept parts of pages at once). Rows not shown to the public yet change nothing."""
    if sender is None or (is_public_content(sender) and getattr(instance, "shown_to_public", True)):
        clear_all()
        version.bump_after_commit()
