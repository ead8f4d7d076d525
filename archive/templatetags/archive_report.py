from django import template

from archive.ingest.messages import describe

register = template.Library()


@register.filter
def describe_problem(problem):
    """An ingest problem ({'code': …}) in words, in the page's language."""
    return describe(problem)
