"""`{% where_from_my_commune procedure %}`: on a procedure page, the offices serving the citizen's
commune, from a small page of their own in a frame, so the procedure page is the same for everyone."""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def where_from_my_commune(procedure):
    address = reverse("ministries:offices_for_commune", kwargs={"slug": procedure.slug})
    # An iframe holds no fallback content in HTML5, and the Nu checker the tests run refuses its
    # `loading` attribute: the link after it opens the same small page on its own.
    return format_html(
        '<iframe class="my-commune" src="{}" title="{}"></iframe><p><a href="{}">{}</a></p>',
        address,
        _("Where to apply from your commune"),
        address,
        _("Where to apply from your commune"),
    )
