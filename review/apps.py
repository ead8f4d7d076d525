from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    """Proposed changes to public content, kept apart until a reviewer approves them.

    Knows no domain model by name: apps register what they want reviewed (review/snapshots.py).
    """

    name = "review"
    verbose_name = _("Review of changes")
    # Clerks follow their own proposals; reviewers approve or return them ("p": approve_proposal).
    role_permissions = {"clerk": {"proposal": "v"}, "reviewer": {"proposal": "vp"}}
