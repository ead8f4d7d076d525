import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from mirror import push as pushing
from mirror import signing
from mirror.build import Mirror, locked


class Command(BaseCommand):
    help = _(
        "Write every public page in every language, the form files and texts of laws and sitemap.xml to "
        "DIR as static files (with gzip and brotli copies) and a signed manifest of their SHA-256 sums."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", help=_("Where to write the mirror (default: MIRROR_ROOT)."))
        parser.add_argument("--push", action="store_true", help=_("Then copy it to MIRROR_PUSH_TO (rclone)."))
        parser.add_argument("--new-key", action="store_true", help=_("Print a new signing key and stop."))

    def handle(self, *args, folder, push, new_key, **options):
        if new_key:
            seed, public = signing.new_key()
            self.stdout.write(_("MIRROR_SIGNING_KEY=%(seed)s") % {"seed": seed})
            self.stdout.write(_("Public key (publish it): %(public)s") % {"public": public})
            return
        folder = folder or settings.MIRROR_ROOT
        if not folder:
            raise CommandError(_("Name a folder, or set MIRROR_ROOT."))
        started = time.monotonic()
        with locked(folder):
            mirror = Mirror(folder)
            mirror.build()
        self.stdout.write(
            _("%(pages)d files in %(folder)s (%(written)d written) in %(seconds).1f s.")
            % {
                "pages": len(mirror.state["pages"]),
                "folder": folder,
                "written": mirror.written,
                "seconds": time.monotonic() - started,
            }
        )
        if not settings.MIRROR_SIGNING_KEY:
            self.stderr.write(_("No MIRROR_SIGNING_KEY: the manifest is not signed."))
        if push:
            if not settings.MIRROR_PUSH_TO:
                raise CommandError(_("Set MIRROR_PUSH_TO to push the mirror."))
            try:
                pushing.push(folder, settings.MIRROR_PUSH_TO)
            except pushing.PushFailed as error:
                raise CommandError(str(error)) from error
