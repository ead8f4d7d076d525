from django import template

register = template.Library()


@register.filter
def map_url(office):
    """A link that opens the office's location in the phone's map app or a map site."""
    if office.latitude is None or office.longitude is None:
        return ""
    return f"https://www.openstreetmap.org/?mlat={office.latitude}&mlon={office.longitude}#map=17/{office.latitude}/{office.longitude}"
