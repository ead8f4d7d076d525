"""Who may see which scanned batch: the one place that decides it (as archive.access does for dossiers)."""

from django.db.models import Q

from archive import access
from archive.models import ArchiveRole
from scanning.models import ScanBatch


def batches_for(user):
    """Archivists see every batch; an HR officer the batches they sent and those of their ministry's
    stations; anyone else none."""
    role = access.archive_role(user)
    if role is None:
        return ScanBatch.objects.none()
    if role.role == ArchiveRole.Role.ARCHIVIST:
        return ScanBatch.objects.all()
    return ScanBatch.objects.filter(Q(created_by=user) | Q(station__ministry_id=role.ministry_id))


def may_scan(user):
    return access.is_archive_staff(user)
