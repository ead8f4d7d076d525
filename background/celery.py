"""The task queue: Celery, with Redis as the broker when TASK_BROKER_URL is set, in-process otherwise.

Workers, on as many machines as needed, start with `celery -A background worker` (README, compose.yaml).
Tasks are acknowledged only once they have finished (acks late) and are written to be run again safely,
so a worker that dies mid-task loses nothing: the broker hands the task to another worker once the
visibility timeout has passed. With no broker configured (`make run`, SQLite) tasks run in the process
that queued them, right after the transaction that queued them commits.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "isoko.settings")

app = Celery("isoko")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
