"""Telling a servant that HR answered their correction request. By e-mail for now, to the address on
their account, saying only that there is an answer and where to read it (signed in): a mailbox may be
shared, the answer is about their file. An SMS channel (feature_phones' outbound messages, issue 25)
can be added beside the e-mail when it lands."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from languages.addresses import absolute_url

logger = logging.getLogger(__name__)


def tell_servant_answered(correction):
    """Send once the answer is committed; a mail server that is down never undoes the answer."""
    user = correction.servant.user
    if user is None or not user.email:
        return
    with translation.override(settings.LANGUAGE_CODE):  # the site's first language: Kirundi
        subject = _("Isôko: HR answered your correction request")
        body = _(
            "HR answered the correction request you made on %(date)s.\n\n"
            "Sign in to read the answer:\n%(url)s\n\n"
            "This message was sent automatically; do not reply to it."
        ) % {
            "date": date_format(timezone.localtime(correction.created_at), "SHORT_DATE_FORMAT"),
            "url": absolute_url(correction.get_absolute_url()),
        }
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    except Exception:
        logger.exception(
            "Could not tell servant %s that their correction was answered", correction.servant_id
        )
