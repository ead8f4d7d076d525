"""What a person reads about a page, a document or a batch, by message id (kept in rows as ids, put into
words in the reader's language)."""

from django.utils.translation import gettext_lazy as _

PAGE = {
    "before_cover": _("This page came before any cover sheet: whose dossier is it?"),
    "unreadable_code": _("A code on this sheet could not be read: the pages after it wait for you."),
    "unknown_code": _("This sheet's code is not one Isôko printed, or it was altered."),
    "unknown_dossier": _("This cover sheet names a dossier that does not exist (any more)."),
    "not_allowed": _("This cover sheet is for a dossier you may not file into."),
    "unknown_type": _("This separator sheet names a document type that does not exist (any more)."),
    "no_separator": _("No separator sheet before this page: which document is it?"),
    "not_a_scan": _("This page is not a scanned image (text or drawings made on a computer)."),
    "sent_back": _("Sent back by the person checking."),
    "low_resolution": _("Scanned below the resolution required: scan it again at a higher resolution."),
    "blank": _("This page looks blank: remove it, or keep it if something is written on it."),
    "skewed": _("This page was scanned crooked: it is straightened on the viewing copy."),
    "turned": _("This page was fed upside down or sideways: it is turned upright on the viewing copy."),
    "sideways": _("This page seems to lie on its side: turn it, or keep it as it is."),
    "duplicate": _("This page looks like one scanned before it: remove it, or keep it."),
    "long_document": _("This document is far longer than usual for its type: a separator may be missing."),
}

BATCH = {
    "sheet_count": _("%(counted)s sheets were counted before scanning, %(received)s were received."),
    "nothing_read": _("No page of this file could be read."),
}


def page_message(code):
    return PAGE.get(code, code)


def batch_message(found):
    text = BATCH.get(found.get("code"), found.get("code", ""))
    return str(text) % found if "%(" in str(text) else str(text)
