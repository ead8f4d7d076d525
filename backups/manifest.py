"""What a backup held, recorded when it was taken, and checked again after a restore.

The manifest has the row count of every model, a checksum of the published catalogue (the
catalogue's own `export_catalogue --published-only`, so this app names no domain model) and where the
files were. A restore to the backup's own moment must give the same figures; any difference is
named.
"""

import hashlib
import io
import tempfile
import zipfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext as _

from uploads.checked import CheckedFile

FORMAT = "isoko-backup"


def counted_models():
    """Every model whose rows live in this database, in a stable order."""
    return sorted(
        (model for model in apps.get_models() if model._meta.managed and not model._meta.proxy),
        key=lambda model: model._meta.label_lower,
    )


def row_counts():
    return {model._meta.label_lower: model._default_manager.count() for model in counted_models()}


def published_catalogue_sha256():
    """SHA-256 of the published catalogue as the catalogue exports it (rows in key order). A backup is
    never refused: when the export fails (a form's file missing), the manifest says why instead, and the
    file checks name the file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalogue.zip"
        try:
            # The serialised rows carry the active language's value of each translated field too: the
            # same language at backup and at restore, whoever runs them.
            with translation.override(settings.LANGUAGE_CODE):
                call_command("export_catalogue", str(path), published_only=True, stdout=io.StringIO())
        except OSError as error:
            return f"unavailable: {error.__class__.__name__}"
        with zipfile.ZipFile(path) as archive:
            return hashlib.sha256(archive.read("catalogue.json")).hexdigest()


def checked_file_fields():
    """(model, file field, SHA-256 field) for every model that declares a CheckedFile."""
    for model in counted_models():
        for value in vars(model).values():
            if isinstance(value, CheckedFile) and value.targets.get("sha256"):
                yield model, value.file_field, value.targets["sha256"]


def take(**extra):
    """The figures of the database as it is now (call inside the transaction the backup marks)."""
    return {
        "format": FORMAT,
        "version": 1,
        "engine": connection.vendor,
        "rows": row_counts(),
        "published_catalogue_sha256": published_catalogue_sha256(),
        **extra,
    }


def differences(recorded, found):
    """Human-readable differences between two manifests' figures (empty when they agree)."""
    problems = []
    for label in sorted(set(recorded["rows"]) | set(found["rows"])):
        before, after = recorded["rows"].get(label), found["rows"].get(label)
        if before != after:
            problems.append(
                _("rows of %(model)s: %(before)s at backup, %(after)s restored")
                % {"model": label, "before": before, "after": after}
            )
    if recorded["published_catalogue_sha256"] != found["published_catalogue_sha256"]:
        problems.append(
            _("published catalogue: checksum %(before)s at backup, %(after)s restored")
            % {"before": recorded["published_catalogue_sha256"], "after": found["published_catalogue_sha256"]}
        )
    return problems


def file_problems():
    """Every file a row names that is missing, or whose SHA-256 differs from the row's."""
    problems = []
    for model, file_field, sha_field in checked_file_fields():
        rows = model._default_manager.exclude(**{file_field: ""}).order_by("pk")
        for row in rows.iterator(chunk_size=500):
            stored = getattr(row, file_field)
            label = f"{model._meta.label_lower} {row.pk}: {stored.name}"
            if not stored.storage.exists(stored.name):
                problems.append(_("missing file (%(file)s)") % {"file": label})
                continue
            digest = hashlib.sha256()
            with stored.storage.open(stored.name, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
            if digest.hexdigest() != getattr(row, sha_field):
                problems.append(_("altered file, its SHA-256 differs (%(file)s)") % {"file": label})
    return problems
