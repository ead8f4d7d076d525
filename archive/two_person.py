"""The two-person rule between people, not merely between accounts.

A destruction proposed by one archivist is decided by another (archive/retention.py). Two accounts are
two people only if nothing ties them to one person, so a decision is refused when:

- both accounts are the same, or their roles name the same person (ArchiveRole.person, recorded by the
  granting administrator; one person holds one role account, a database constraint);
- either role names no person (a grant from before people were recorded): nothing says they are two;
- one of the two accounts was made or changed in the administration by the other, or had a one-time code
  (a letter's activation or new-password code, a set-up code) issued by the other, or had its role
  granted or confirmed by the other: whoever can set an account's password or second factor can act as it.

What the rule still assumes (README): that two administrators do not collude (together they can grant a
role to an account of their choosing for a person who does not exist); that the administrator who records
a person saw that person's identity card; and that nobody shares their password and phone.
"""

from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from accounts.models import OneTimeCode
from archive.models import ArchiveRole


def _controls(actor, account):
    """Whether `actor` made, changed, or could set a password or second factor for `account`."""
    user_type = ContentType.objects.get_for_model(get_user_model())
    if LogEntry.objects.filter(user=actor, content_type=user_type, object_id=str(account.pk)).exists():
        return True
    if OneTimeCode.objects.filter(user=account, issued_by=actor).exists():
        return True
    role = ArchiveRole.objects.filter(user=account).first()
    return role is not None and actor.pk in (role.granted_by_id, role.confirmed_by_id)


def second_person_refusal(first, second):
    """Why `second` may not decide what `first` did (as a translated sentence), or None."""
    if first is None or first.pk == second.pk:
        return _("A second archivist must review this: you proposed it.")
    roles = {role.user_id: role.person for role in ArchiveRole.objects.filter(user__in=[first, second])}
    first_person, second_person = roles.get(first.pk, ""), roles.get(second.pk, "")
    if not first_person or not second_person:
        return _(
            "An administrator must record who holds each of these roles before one can review the other's work."
        )
    if first_person == second_person:
        return _("A second person must review this: both accounts are yours.")
    if _controls(first, second) or _controls(second, first):
        return _(
            "A second person must review this: one of these accounts was created, activated or changed by the other."
        )
    return None


def require_second_person(first, second):
    """Raise a ValidationError unless `second` is a person other than `first`, and independent of them."""
    refusal = second_person_refusal(first, second)
    if refusal:
        raise ValidationError(refusal)
