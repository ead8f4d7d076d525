"""Shared start-up for benchmark scripts: Django on a throw-away database filled with demo content."""

import os
import sys
import tempfile
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def django_with_demo(database_url=None):
    sys.path.insert(0, str(ROOT))
    if database_url is None and "DATABASE_URL" not in os.environ:
        database_url = f"sqlite:///{tempfile.mkdtemp(prefix='isoko-bench-')}/bench.sqlite3"
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "isoko.settings")
    os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="isoko-bench-media-"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=StringIO())
