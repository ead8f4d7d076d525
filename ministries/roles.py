"""The two staff roles as permission groups, kept in step with the models after every migrate."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_noop

CLERKS = gettext_noop("Ministry clerks")
REVIEWERS = gettext_noop("Reviewers")

# Clerks maintain their ministry's content; the admin narrows every list to that ministry.
CLERK_PERMISSIONS = {
    "ministries": {
        "institution": "vc",
        "office": "vcad",
        "openinghours": "vcad",
        "province": "v",
        "commune": "v",
    },
    "procedures": {
        "procedure": "vcad",
        "step": "vcad",
        "requireddocument": "vcad",
        "fee": "vcad",
        "rejectionreason": "vcad",
        "legalbasis": "vcad",
        "searchterm": "vcad",
        "searchlog": "v",
        "theme": "v",
    },
    "forms_library": {"form": "vcad", "formfile": "vca"},
    "review": {"proposal": "v"},
}
REVIEWER_PERMISSIONS = {
    "ministries": {"institution": "v", "office": "v", "openinghours": "v", "province": "v", "commune": "v"},
    "procedures": {
        "procedure": "v",
        "step": "v",
        "requireddocument": "v",
        "fee": "v",
        "rejectionreason": "v",
        "legalbasis": "v",
        "searchterm": "v",
        "searchlog": "v",
        "revision": "v",
        "changenote": "v",
        "theme": "v",
    },
    "forms_library": {"form": "v", "formfile": "v"},
    "audit": {"auditevent": "v"},
    "review": {"proposal": "vp"},
}
# "p": approve or return proposed changes to offices, institutions and forms (review.Proposal).
_ACTIONS = {"v": "view", "c": "change", "a": "add", "d": "delete", "p": "approve"}


def is_reviewer(user):
    """Superusers and civil-service reviewers: they see every ministry and approve changes."""
    profile = getattr(user, "staff_profile", None)
    return user.is_active and (
        user.is_superuser or (profile is not None and profile.role == profile.Role.REVIEWER)
    )


def staff_ministry(user):
    """The ministry a staff user works for, or None (superusers and accounts without a profile)."""
    profile = getattr(user, "staff_profile", None)
    return profile.ministry if profile is not None else None


def scope_queryset(queryset, user):
    """The rows of `queryset` this user may see: all for a superuser, their ministry's for staff."""
    if sees_everything(user):
        return queryset
    ministry = staff_ministry(user)
    if ministry is None or not hasattr(queryset, "for_ministry"):
        return queryset.none() if ministry is None else queryset
    return queryset.for_ministry(ministry)


# Superusers and reviewers (who review every ministry's changes) are not narrowed.
sees_everything = is_reviewer


def _permissions(spec):
    codenames = [
        (app, f"{_ACTIONS[letter]}_{model}")
        for app, models in spec.items()
        for model, letters in models.items()
        for letter in letters
    ]
    found = Permission.objects.filter(content_type__app_label__in=spec.keys()).select_related("content_type")
    wanted = set(codenames)
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


def ensure_role_groups(**kwargs):
    """Create or update the clerk and reviewer groups (idempotent; runs after migrate)."""
    for name, spec in ((CLERKS, CLERK_PERMISSIONS), (REVIEWERS, REVIEWER_PERMISSIONS)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(spec))
