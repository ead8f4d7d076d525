"""Lists of published procedures for pages owned by lower apps (a ministry's page, an office's page).

`ministries` is the ground floor and knows nothing of procedures; its templates ask here instead."""

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language

from page_cache.fragments import fragments
from procedures.models import Procedure

register = template.Library()


@register.simple_tag
def procedures_of_ministry(ministry):
    """Published procedures of the ministry and its agencies."""
    return Procedure.objects.published().for_ministry(ministry).with_listing()


@register.simple_tag
def procedures_at_office(office):
    """Published procedures that can be done at this office."""
    return Procedure.objects.published().filter(offices=office).with_listing()


@register.simple_tag
def filter_fields(procedure_filter):
    """The filter panel's fields. The same for every search with the same choices: built once per
    catalogue version (three queries and most of the page's rendering); with errors, built each time."""

    def build():
        return render_to_string("includes/procedure_filter_fields.html", {"filter": procedure_filter})

    if not procedure_filter.is_canonical(procedure_filter.data):
        return build()
    chosen = tuple(sorted(procedure_filter.canonical_query().items())) if procedure_filter.is_bound else ()
    key = ("procedure-filter-fields", get_language(), procedure_filter.is_bound, chosen)
    return fragments.get(key, build)
