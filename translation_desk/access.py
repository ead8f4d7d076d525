"""Who works on which ministry's translations: a clerk on their ministry's, a reviewer on every one."""

from django.conf import settings
from django.http import Http404

from ministries.models import Institution
from ministries.roles import is_reviewer, staff_ministry

THEMES = "themes"  # the themes belong to no ministry: reviewers translate them


def ministries_for(user):
    """The ministries whose translations `user` works on."""
    if is_reviewer(user):
        return list(Institution.objects.ministries())
    ministry = staff_ministry(user)
    return [ministry] if ministry is not None else []


def get_ministry_for_user(user, slug):
    """The ministry named `slug` (None for the themes), or a 404 when `user` does not work on it."""
    if slug == THEMES and is_reviewer(user):
        return None
    for ministry in ministries_for(user):
        if ministry.slug == slug:
            return ministry
    raise Http404


def get_language(code):
    if code not in dict(settings.LANGUAGES):
        raise Http404
    return code
