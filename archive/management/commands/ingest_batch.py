import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from archive.access import dossiers_for
from archive.ingest.report import summary_lines
from archive.ingest.run import Ingest
from archive.ingest.sources import SourceError, batch_limits, open_source


class Command(BaseCommand):
    help = _("Register a batch of documents: a CSV manifest and a folder or ZIP of files.")

    def add_arguments(self, parser):
        parser.add_argument(
            "manifest", help=_("CSV: matricule, document_type, date, title, reference, file, sha256")
        )
        parser.add_argument("files", help=_("A folder or a ZIP file holding the files the manifest names."))
        parser.add_argument(
            "--servants",
            help=_("CSV of servants to create: matricule, surname, given_names, date_of_birth, institution"),
        )
        parser.add_argument(
            "--user", help=_("Run as this HR officer: only their ministry's dossiers are filled.")
        )
        parser.add_argument("--no-progress", action="store_true", help=_("No progress bar."))

    def handle(self, *args, manifest, files, servants, user, no_progress, verbosity, **options):
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(_("No user is called %(name)s.") % {"name": user})
        try:
            source = open_source(files, **batch_limits())
        except SourceError as error:
            raise CommandError(_("The files are neither a folder nor a readable ZIP file.")) from error
        except FileNotFoundError as error:
            raise CommandError(_("No such file or folder: %(path)s") % {"path": files}) from error
        bars = {}

        def progress(phase, done, total):
            if no_progress or verbosity < 1:
                return
            if phase not in bars:
                from tqdm import tqdm

                label = _("Checking") if phase == "check" else _("Storing")
                bars[phase] = tqdm(total=total, desc=label, unit="doc", file=sys.stderr)
            bars[phase].update(1)
            if done == total:
                bars[phase].close()

        try:
            with open(manifest, "rb") as handle, _maybe_open(servants) as sheet:
                batch = Ingest(
                    manifest=handle,
                    source=source,
                    manifest_name=Path(manifest).name,
                    servants=sheet,
                    allowed_servants=dossiers_for(actor) if actor else None,
                    user=actor,
                    progress=progress,
                ).run()
        except FileNotFoundError as error:
            raise CommandError(_("No such file or folder: %(path)s") % {"path": error.filename}) from error
        for line in summary_lines(batch):
            self.stdout.write(line)
        if batch.status == batch.Status.REFUSED:
            raise CommandError(_("The batch was refused: nothing was stored."))


class _maybe_open:
    def __init__(self, path):
        self.path, self.handle = path, None

    def __enter__(self):
        self.handle = open(self.path, "rb") if self.path else None  # noqa: SIM115 (closed in __exit__)
        return self.handle

    def __exit__(self, *exc):
        if self.handle:
            self.handle.close()
