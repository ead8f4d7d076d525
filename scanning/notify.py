"""Telling servants that documents were added to their file: by e-mail when their account has one, by SMS
when a number is known. The message names no document and no person, and is in the servant's language."""

import logging

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from feature_phones.outbound import send_sms
from scanning.models import Contact, ScanDocument

logger = logging.getLogger(__name__)


def message():
    return _("New documents are in your personnel file. Sign in to Isôko to read them.")


def tell_servants(batch):
    """Once per servant and batch, for the documents filed and not yet told."""
    waiting = ScanDocument.objects.filter(batch=batch, document__isnull=False, notified_at__isnull=True)
    servant_ids = set(waiting.values_list("servant_id", flat=True))
    contacts = {c.servant_id: c for c in Contact.objects.filter(servant_id__in=servant_ids)}
    from archive.models import Servant

    for servant in Servant.objects.filter(pk__in=servant_ids).select_related("user"):
        contact = contacts.get(servant.pk)
        language = contact.language if contact else None
        with translation.override(language or translation.get_language()):
            text = message()
            subject = _("Your personnel file")
        email = servant.user.email if servant.user_id and servant.user.is_active else ""
        if email:
            send_mail(subject, text, None, [email], fail_silently=True)
        if contact and contact.phone_number:
            send_sms([contact.phone_number], text)
    with transaction.atomic():
        waiting.filter(servant_id__in=servant_ids).update(notified_at=timezone.now())
