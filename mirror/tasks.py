"""The mirror's background work (background/celery.py): a rebuild after each publication, then a push."""

import logging

from celery import shared_task
from django.apps import apps
from django.conf import settings
from django.utils import translation

from mirror.build import Mirror, locked
from mirror.push import push

logger = logging.getLogger(__name__)


def published(target_type, target_id):
    """The object a publication changed (a review proposal stands for the object it changed) and its
    own pages in every language; (None, []) when it has none, or no longer exists."""
    try:
        model = apps.get_model(target_type)
    except (LookupError, ValueError):
        return None, []
    found = model._default_manager.filter(pk=target_id).first()
    if found is not None and hasattr(found, "target") and callable(found.target):
        found = found.target()
    if found is None or not hasattr(found, "get_absolute_url"):
        return None, []
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(found.get_absolute_url())
    return found, paths


@shared_task(acks_late=True, reject_on_worker_lost=True)
def rebuild_mirror(target_type, target_id):
    """Bring the mirror up to date with one publication; safe to run twice."""
    with locked(settings.MIRROR_ROOT):
        mirror = Mirror(settings.MIRROR_ROOT)
        changed, paths = published(target_type, target_id)
        mirror.rebuild(paths, changed)
    logger.info(
        "mirror rebuilt after a publication: %d rendered, %d written", mirror.rendered, mirror.written
    )
    if settings.MIRROR_PUSH_TO:
        push(settings.MIRROR_ROOT, settings.MIRROR_PUSH_TO)
    return mirror.written
