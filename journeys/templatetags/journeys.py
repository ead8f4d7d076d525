from django import template

from journeys.services import part_of

register = template.Library()


@register.inclusion_tag("journeys/part_of.html")
def part_of_journeys(procedure):
    """`{% part_of_journeys procedure %}`: "Part of: <journey>, step N of M" with the steps around it."""
    return {"parts": part_of(procedure.pk)}
