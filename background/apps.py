from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackgroundConfig(AppConfig):
    name = "background"
    verbose_name = _("Background work")

    def ready(self):
        # Load the Celery app with Django's settings, so that every @shared_task (archive.tasks…) is
        # bound to it — eager in the embedded default, sent to the broker otherwise.
        from background import celery  # noqa: F401
