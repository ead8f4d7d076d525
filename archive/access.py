"""Who may see which dossier: the one place that decides it.

Every view, download, search, export and admin list starts from these querysets; a record outside them
is a 404, so an answer never confirms that a dossier the reader may not see exists.

- a servant sees their own dossier (Servant.user);
- an HR officer sees the servants *currently* assigned to their ministry (a moved servant moves with
  their dossier);
- an archivist sees every dossier.
Superusers get nothing for being superusers: reading personnel files takes an archive role, and is
audited like anyone else's reading.
"""

from django.db.models import Q

from archive.models import ArchiveRole, Document, IngestBatch, Servant, StoredFile


def archive_role(user):
    """The user's ArchiveRole, or None (read once per request, then kept on the user object)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if not hasattr(user, "_archive_role_cache"):
        user._archive_role_cache = ArchiveRole.objects.select_related("ministry").filter(user=user).first()
    return user._archive_role_cache


def dossiers_for(user):
    """The servants (with their dossiers) this user may see."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Servant.objects.none()
    role = archive_role(user)
    if role is not None and role.role == ArchiveRole.Role.ARCHIVIST:
        return Servant.objects.all()
    allowed = Q(user=user)
    if role is not None and role.role == ArchiveRole.Role.HR_OFFICER:
        allowed |= Q(ministry_id=role.ministry_id)
    return Servant.objects.filter(allowed)


def documents_for(user):
    """The documents in the dossiers this user may see (not those destroyed under their retention rule)."""
    return Document.objects.kept().filter(servant__in=dossiers_for(user))


def files_for(user):
    """The stored files (originals and viewing copies) of those documents."""
    return StoredFile.objects.filter(document__in=documents_for(user), destroyed_at__isnull=True)


def batches_for(user):
    """Ingest batches and their reports: archivists see all, an HR officer the batches they ran."""
    role = archive_role(user)
    if role is None:
        return IngestBatch.objects.none()
    if role.role == ArchiveRole.Role.ARCHIVIST:
        return IngestBatch.objects.all()
    return IngestBatch.objects.filter(created_by=user)


def is_archive_staff(user):
    """HR officers and archivists: they search dossiers and run batches."""
    return archive_role(user) is not None


def reader_role(user, servant=None):
    """The role a reader acts in, as the audit log and "who opened my dossier" show it."""
    role = archive_role(user)
    if role is not None:
        return role.role
    if servant is not None and servant.user_id == user.pk:
        return "servant"
    return "other"


def reader_ministry(user):
    """The ministry an HR officer reads for ('' for others), shown to the servant."""
    role = archive_role(user)
    return str(role.ministry) if role is not None and role.ministry_id else ""
