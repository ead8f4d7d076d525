from django import template

register = template.Library()


@register.filter
def hours_on(office, weekday):
    """The office's opening periods on `weekday` (0 = Monday), from its prefetched hours."""
    return [period for period in office.hours.all() if period.weekday == weekday]


@register.filter
def map_url(office):
    """A link that opens the office's location in the phone's map app or a map site."""
    if office.latitude is None or office.longitude is None:
        return ""
    return f"https://www.openstreetmap.org/?mlat={office.latitude}&mlon={office.longitude}#map=17/{office.latitude}/{office.longitude}"
