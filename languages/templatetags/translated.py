"""Mark up translated content with the language it is really shown in.

django-modeltranslation falls back to another language when a field is empty in the page's language;
the text must then carry its own `lang` so that screen readers pronounce it right.
"""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.settings import FALLBACK_LANGUAGES

register = template.Library()


def shown_language(obj, field_name, language=None):
    """The language whose value of `field_name` is displayed for `language` (default: the active one)."""
    language = language or get_language()
    fallbacks = FALLBACK_LANGUAGES.get(language, FALLBACK_LANGUAGES["default"])
    for candidate in (language, *fallbacks):
        if getattr(obj, f"{field_name}_{candidate}", None):
            return candidate
    return language


@register.simple_tag
def lang_attr(obj, field_name):
    """` lang="fr"` when the field is shown in a fallback language, nothing otherwise."""
    language = get_language()
    shown = shown_language(obj, field_name, language)
    return format_html(' lang="{}"', shown) if shown != language else ""


def fallback_languages(objects, language=None):
    """Languages other than `language` that some translated field of `objects` is shown in."""
    from modeltranslation.translator import NotRegistered, translator

    language = language or get_language()
    used = set()
    for obj in objects:
        try:
            fields = translator.get_options_for_model(type(obj)).fields
        except NotRegistered:
            continue
        for field_name in fields:
            shown = shown_language(obj, field_name, language)
            if shown != language and getattr(obj, f"{field_name}_{shown}", None):
                used.add(shown)
    return sorted(used)
