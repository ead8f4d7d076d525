"""An SMS answer: the best match of the site's search for what was texted, in at most two SMS."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from feature_phones import catalogue
from feature_phones.gsm import SMS_LENGTH, gsm_length, shorten, split_pages, to_gsm7
from procedures.models import SearchEntry
from procedures.search import STOPWORDS, words

MAX_MESSAGES = 2
LANGUAGE_CODES = ("rn", "fr", "en")


def written_in(query, procedure_id):
    """The language whose title and texts of the procedure share the most words with the query, or
    None when no language stands out."""
    entry = SearchEntry.objects.filter(procedure_id=procedure_id).first()
    typed = {w for w in words(query) if w not in STOPWORDS}
    if entry is None or not typed:
        return None
    scores = {}
    for code in LANGUAGE_CODES:
        vocabulary = set((getattr(entry, f"title_{code}") + " " + getattr(entry, f"body_{code}")).split())
        scores[code] = len(typed & vocabulary)
    best = max(scores.values())
    leaders = [code for code, score in scores.items() if score == best]
    return leaders[0] if best and len(leaders) == 1 else None


def page_address(procedure):
    return to_gsm7(settings.SITE_URL + procedure.get_absolute_url())


def summary(procedure):
    """Title, cost, time and documents, in the active language, spelt in GSM-7."""
    documents = "; ".join(d.name for d in procedure.documents.all())
    parts = [
        procedure.title,
        catalogue.total_text(procedure).rstrip("."),
        catalogue.days_text(procedure.total_days).rstrip("."),
    ]
    if documents:
        parts.append(_("Bring: %(documents)s") % {"documents": documents})
    return to_gsm7(". ".join(parts) + ".")


def _with_address(text, procedure):
    """At most two SMS: the summary, cut where needed, and the page address in full at the end."""
    more = f" {to_gsm7(_('More:'))} {page_address(procedure)}"
    if gsm_length(text + more) <= SMS_LENGTH:
        return [text + more]
    first, *rest = split_pages(text, SMS_LENGTH)
    second = shorten("".join(rest).strip(), SMS_LENGTH - gsm_length(more))
    return [first.strip(), (second + more).strip()]


def sms_answer(message, language=None):
    """The SMS to send back for `message`, and the language they are written in."""
    query = " ".join(message.split())
    ids = catalogue.search_ids(query)
    procedures = catalogue.procedures_by_id(ids[:1])
    if not procedures:
        language = language or "rn"
        with translation.override(language):
            reply = _("Nothing found for: %(query)s. Try another word, or read %(site)s") % {
                "query": query[:40],
                "site": settings.SITE_URL,
            }
            return [shorten(to_gsm7(reply), SMS_LENGTH)], language
    language = written_in(query, procedures[0].pk) or language or "rn"
    with translation.override(language):
        procedure = catalogue.published_procedure(procedures[0].pk)
        return _with_address(summary(procedure), procedure)[:MAX_MESSAGES], language
