from django import template
from django.conf import settings
from django.utils.translation import get_language

register = template.Library()


@register.filter
def in_reading_order(files):
    """A form's files in the order a reader of this page wants them: the page's language first, then
    the site's languages in their order (Kirundi, French, English), not alphabetically by code."""
    current = get_language()
    order = [current] + [code for code, _name in settings.LANGUAGES if code != current]
    return sorted(
        files, key=lambda file: order.index(file.language) if file.language in order else len(order)
    )
