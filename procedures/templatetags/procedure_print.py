import functools

import segno
from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def qr_svg(url):
    """An inline SVG QR code of `url`, for the printed checklist (no image request, no JavaScript)."""
    return mark_safe(_svg(url, _("QR code of this page's address")))  # noqa: S308


@functools.lru_cache(maxsize=1024)
def _svg(url, title):
    # A few milliseconds to encode: a page built again (new catalogue version) reuses its code.
    return segno.make(url, error="m").svg_inline(scale=1, border=2, omitsize=True, title=title)
