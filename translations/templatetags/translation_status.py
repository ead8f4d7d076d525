"""What citizens are told about a translation: the text it was translated from changed since.

Reads only the row's own state (no query): `{% stale_note procedure "summary" %}` beside the text.
"""

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info, gettext

from languages.templatetags.translated import shown_language
from translations import glossary, state

register = template.Library()


def _language_name(code):
    return get_language_info(code)["name_translated"]


@register.simple_tag
def stale_note(obj, field_name):
    """A short note when the text shown for `field_name` was translated from a text changed since."""
    shown = shown_language(obj, field_name)
    status = state.field_status(obj, field_name, shown)
    if not status.stale:
        return ""
    language = _language_name(status.source)
    if status.source_changed_on:
        message = gettext(
            "The %(language)s text changed on %(date)s, after this was translated: this may be out of date."
        ) % {"language": language, "date": date_filter(status.source_changed_on, "DATE_FORMAT")}
    else:
        message = gettext(
            "The %(language)s text changed since this was translated: this may be out of date."
        ) % {"language": language}
    page_language = get_language()
    # Inside an element marked with the fallback's language, the note must say it is in the page's.
    lang = format_html(' lang="{}"', page_language) if shown != page_language else ""
    return format_html(' <small class="stale-note" role="note"{}>{}</small>', lang, message)


@register.simple_tag
def glossary_text(obj, field_name):
    """The field's text (in the language it is shown in) with its glossary terms marked up."""
    return glossary.mark_up(getattr(obj, field_name), shown_language(obj, field_name))
