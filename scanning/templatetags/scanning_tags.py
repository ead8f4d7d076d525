from django import template

from scanning.messages import page_message

register = template.Library()


@register.simple_tag
def page_text(code):
    """A page's flag or reason, in words."""
    return page_message(code)
