"""The mirror's background work (background/celery.py): a rebuild after each publication, then a push."""

import logging

from celery import shared_task
from django.apps import apps
from django.conf import settings
from django.utils import translation

from mirror.build import Mirror, locked
from mirror.push import push

logger = logging.getLogger(__name__)


def published_paths(target_type, target_id):
    """The object's own pages in every language ([] when it has none, or no longer exists). A review
    proposal stands for the object it changed."""
    try:
        model = apps.get_model(target_type)
    except (LookupError, ValueError):
        return []
    found = model._default_manager.filter(pk=target_id).first()
    if found is not None and hasattr(found, "target") and callable(found.target):
        found = found.target()
    if found is None or not hasattr(found, "get_absolute_url"):
        return []
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(found.get_absolute_url())
    return paths


@shared_task(acks_late=True, reject_on_worker_lost=True)
def rebuild_mirror(target_type, target_id):
    """Bring the mirror up to date with one publication; safe to run twice."""
    with locked(settings.MIRROR_ROOT):
        mirror = Mirror(settings.MIRROR_ROOT)
        mirror.rebuild(published_paths(target_type, target_id))
    logger.info(
        "mirror rebuilt after a publication: %d rendered, %d written", mirror.rendered, mirror.written
    )
    if settings.MIRROR_PUSH_TO:
        push(settings.MIRROR_ROOT, settings.MIRROR_PUSH_TO)
    return mirror.written
