"""Who may see which dossier: the one place that decides it.

Every view, download, search, export and admin list starts from these querysets; a record outside them
is a 404, so an answer never confirms that a dossier the reader may not see exists.

- a servant sees their own dossier (Servant.user);
- an HR officer sees the servants *currently* assigned to their ministry (a moved servant moves with
  their dossier);
- an archivist sees every dossier.
Superusers get nothing for being superusers: reading personnel files takes an archive role, and is
audited like anyone else's reading. A role counts only when it is in force (granted by one administrator,
confirmed by a second, on a staff account that is no servant's own: archive/grants.py). Where the second
step is required (REQUIRE_STAFF_2FA, always on in production), it counts only once the login was confirmed
with a code from an authenticator enrolled with an administrator's set-up code: a password alone, or a
phone the account enrolled for itself, gives an HR officer or an archivist no more than any servant has.
"""

from django.conf import settings
from django.db.models import Q

from accounts.two_factor import enrolled_with_administrators_code
from archive.models import ArchiveRole, Document, IngestBatch, Servant, StoredFile


def archive_role(user):
    """The user's ArchiveRole, or None (read once per request, then kept on the user object)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if not hasattr(user, "_archive_role_cache"):
        user._archive_role_cache = (
            ArchiveRole.objects.in_force().select_related("ministry").filter(user=user).first()
        )
    if user._archive_role_cache is not None and second_step_missing(user):
        return None
    return user._archive_role_cache


def second_step_missing(user):
    """True for a login that still needs its second step before any archive role counts: confirmed with a
    code from an authenticator enrolled with an administrator's set-up code."""
    if not settings.REQUIRE_STAFF_2FA or getattr(user, "_second_step_passed", False):
        return False
    verified = getattr(user, "is_verified", lambda: False)()
    return not (verified and enrolled_with_administrators_code(user))


def acting_for(user):
    """`user` as work queued by one of their requests sees them (a batch they uploaded, run by a worker):
    that request passed the second step, so their role counts without a code here; a role removed or an
    account closed since counts no more, as everything is read again from the database."""
    if user is not None:
        user.is_verified = lambda: True  # as django-otp marks a request's user once the code is given
        user._second_step_passed = True
    return user


def role_waiting_for_second_step(user):
    """An HR officer or archivist logged in without the second step, where it is required."""
    return (
        getattr(user, "is_authenticated", False)
        and second_step_missing(user)
        and ArchiveRole.objects.in_force().filter(user=user).exists()
    )


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
