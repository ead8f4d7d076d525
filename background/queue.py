"""Queueing work from domain code: after the transaction commits, never before (a worker must find the
rows the task is about)."""

import logging
from functools import partial

from django.db import transaction
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)


def enqueue_on_commit(task, *args):
    """Send `task(*args)` to the workers once the current transaction commits (at once outside one).

    Callers record the work as queued in the database first (a batch, a text recognition), so a
    message the broker could not take is not lost: it is logged, the request that committed the work
    still answers, and the work can be queued again (an ingest batch's *Queue again*,
    `manage.py recognise_text`)."""
    transaction.on_commit(partial(send, task, args))


def send(task, args):
    try:
        task.delay(*args)
    except OperationalError:
        logger.exception("task queue unreachable: %s%r not sent, its work stays queued", task.name, args)
