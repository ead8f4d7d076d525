from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class MirrorConfig(AppConfig):
    """A static copy of every public page, served by the reverse proxy when the application cannot
    answer. Pages are rendered through the real views (Django's test client), so the copy is the site;
    it is brought up to date after each publication, through the audit log's publication events (the
    one place every publication is recorded), so it names no domain model."""

    name = "mirror"
    verbose_name = _("Static mirror")

    def ready(self):
        from audit.models import AuditEvent
        from mirror.hooks import publication_recorded

        post_save.connect(publication_recorded, sender=AuditEvent, dispatch_uid="mirror_publication")
