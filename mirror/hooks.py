"""After a publication is committed, the mirror rebuilds what it changed (on a worker when there is a
task queue, in this process after the commit otherwise)."""

from django.conf import settings

from background.queue import enqueue_on_commit

# The audit log's actions that change what citizens see.
PUBLICATION_ACTIONS = {"publish", "withdraw", "republish"}


def publication_recorded(sender, instance, created, **kwargs):
    if not created or instance.action not in PUBLICATION_ACTIONS or not settings.MIRROR_ROOT:
        return
    from mirror.tasks import rebuild_mirror

    enqueue_on_commit(rebuild_mirror, instance.target_type, instance.target_id)
