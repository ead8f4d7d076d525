"""Lists of published procedures for pages owned by lower apps (a ministry's page, an office's page).

`ministries` is the ground floor and knows nothing of procedures; its templates ask here instead."""

from django import template

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
