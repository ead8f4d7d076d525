"""Queueing work from domain code: after the transaction commits, never before (a worker must find the
rows the task is about)."""

from functools import partial

from django.db import transaction


def enqueue_on_commit(task, *args):
    """Send `task(*args)` to the workers once the current transaction commits (at once outside one)."""
    transaction.on_commit(partial(task.delay, *args))
