"""The mirror's `sitemap.xml` kept current one object at a time.

The site's sitemap lists every public page in three languages; rendering it whole after each
publication costs time in proportion to the catalogue (about 2 s for 1,000 procedures here, 20 s for
10,000). After a publication only the published object's entries can differ, so they are rendered
again by Django's sitemap framework, with the site's own sitemaps (those `/sitemap.xml` is served
with), and put in place of the old ones; the nightly full build renders the whole file again.
"""

import copy
import re

from django.db.models import QuerySet
from django.template import loader
from django.urls import resolve

ENTRY = re.compile(r"<url>.*?</url>", re.DOTALL)
LOCATION = re.compile(r"<loc>https?://[^/<]+(/[^<]*)</loc>")
END = "</urlset>"


def entries_for(changed):
    """The `<url>` entries of the sitemap for the object `changed`, as the full sitemap shows them
    (none when it is not listed, e.g. a withdrawn procedure); None when no sitemap section lists objects
    of its kind, so the whole sitemap must be rendered."""
    sitemaps = resolve("/sitemap.xml").kwargs.get("sitemaps", {})
    urls, known = [], False
    for section in sitemaps.values():
        site = section() if callable(section) else section
        items = site.items()
        if not isinstance(items, QuerySet) or items.model is not type(changed):
            continue
        known = True
        narrowed = copy.copy(site)
        narrowed.items = lambda items=items: items.filter(pk=changed.pk)
        urls += narrowed.get_urls(page=1)
    if not known:
        return None
    return ENTRY.findall(loader.render_to_string("sitemap.xml", {"urlset": urls}))


def replace_entries(text, paths, entries):
    """`text` (a sitemap) with its entries for `paths` replaced by `entries`, in the place of the first
    one removed (at the end when there was none)."""
    paths, position, pieces, last = set(paths), None, [], 0
    for match in ENTRY.finditer(text):
        pieces.append(text[last : match.start()])
        last = match.end()
        location = LOCATION.search(match.group(0))
        if location and location.group(1) in paths:
            position = len(pieces) if position is None else position
            continue
        pieces.append(match.group(0))
    tail = text[last:]
    new = "".join(entries)
    if position is None:
        return "".join(pieces) + tail.replace(END, new + END, 1)
    return "".join(pieces[:position] + [new] + pieces[position:]) + tail
