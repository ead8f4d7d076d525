from django import template

from archive.ingest.messages import describe

register = template.Library()


@register.filter
def describe_problem(problem):
    """An ingest problem ({'code': …}) in words, in the page's language."""
    return describe(problem)


@register.filter
def get_item(mapping, key):
    """mapping[key], or '' (a servant's name by matricule in a batch's report)."""
    return mapping.get(key, "")
