"""Figures of the translation desk for public pages: `{% catalogue_in_language "rn" as shares %}`."""

from django import template

from translation_desk.catalogue import kirundi_shares

register = template.Library()


@register.simple_tag
def catalogue_in_language(language):
    """[(ministry, public procedures, those with every text in `language`)]: 7 queries, whatever the size."""
    return kirundi_shares(language)
