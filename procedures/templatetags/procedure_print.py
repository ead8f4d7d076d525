import segno
from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def qr_svg(url):
    """An inline SVG QR code of `url`, for the printed checklist (no image request, no JavaScript)."""
    code = segno.make(url, error="m")
    return mark_safe(
        code.svg_inline(scale=1, border=2, omitsize=True, title=_("QR code of this page's address"))
    )  # noqa: S308
