"""The two staff roles as permission groups, kept in step with the models after every migrate.

Each app says on its AppConfig what each role may do with its models, as
`role_permissions = {"clerk": {"model": "vcad"}, "reviewer": {...}}` (view, change, add, delete), so
that this ground-floor module names no model of the apps above it. Each role is one group, named in
ROLE_GROUPS."""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_noop

CLERKS = gettext_noop("Ministry clerks")
REVIEWERS = gettext_noop("Reviewers")
ROLE_GROUPS = {"clerk": CLERKS, "reviewer": REVIEWERS}

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


def role_permission_specs():
    """{role: {app_label: {model: letters}}} gathered from every installed app's `role_permissions`."""
    specs = {}
    for config in apps.get_app_configs():
        for role, models in getattr(config, "role_permissions", {}).items():
            specs.setdefault(role, {})[config.label] = models
    return specs


def _permissions(spec):
    wanted = {
        (app, f"{_ACTIONS[letter]}_{model}")
        for app, models in spec.items()
        for model, letters in models.items()
        for letter in letters
    }
    found = Permission.objects.filter(content_type__app_label__in=spec.keys()).select_related("content_type")
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


def ensure_role_groups(**kwargs):
    """Create or update one permission group per role (idempotent; runs after migrate)."""
    for role, spec in role_permission_specs().items():
        group, _created = Group.objects.get_or_create(name=ROLE_GROUPS.get(role, role))
        group.permissions.set(_permissions(spec))
