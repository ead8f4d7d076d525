"""`{% kept "name" %}…{% endkept %}`: a part of a page that is the same on every page in a language
(the footer), rendered once per catalogue version, language and process (page_cache/fragments.py)."""

from django import template
from django.utils.translation import get_language

from page_cache.fragments import fragments

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        return fragments.get(("kept", self.name, get_language()), lambda: self.nodelist.render(context))


@register.tag
def kept(parser, token):
    try:
        _tag, name = token.split_contents()
    except ValueError as error:
        raise template.TemplateSyntaxError('{% kept "name" %} takes one name') from error
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(name.strip("\"'"), nodelist)
