"""Parts of pages that change only with the catalogue, built once per catalogue version and process.

A new search cannot come from the page cache, but most of its page is the same for every search: the
filter panel's choices, for instance. Such a part is kept here under the catalogue version it was built
from (page_cache/version.py) and dropped the moment the version moves, like a cached page; a change
to public content also drops this process's parts at once, before its commit (page_cache/apps.py), so
that tests changing the catalogue without a commit see fresh parts. Kept with the page cache off too:
pages built for every request (PAGE_CACHE=0) are built as they would be on a cache miss.
"""

import threading
import weakref
from collections import OrderedDict

from django.conf import settings

from page_cache import version as catalogue_version


class VersionedFragments:
    """`get(key, build)`: this process's copy of `build()` for the current catalogue version.

    `with_page_cache=False` keeps copies with the page cache off too (pages built for every request
    still use them); their owner must then `clear()` them on changes tests make without a commit."""

    def __init__(self, size=512, with_page_cache=True):
        self.size = size
        self.with_page_cache = with_page_cache
        self.version = None
        self.entries = OrderedDict()
        self.lock = threading.Lock()
        _every_store.add(self)

    def clear(self):
        with self.lock:
            self.entries.clear()

    def get(self, key, build):
        if self.with_page_cache and not settings.PAGE_CACHE:
            return build()
        try:
            version = catalogue_version.current()
        except catalogue_version.CacheUnavailable:
            return build()
        with self.lock:
            if version != self.version:
                self.entries.clear()
                self.version = version
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
        value = build()
        with self.lock:
            # Built from rows read after `version` was current: right for that version (a change
            # committed meanwhile moves the version, and this entry is dropped with it).
            if version == self.version:
                self.entries[key] = value
                while len(self.entries) > self.size:
                    self.entries.popitem(last=False)
        return value


_every_store = weakref.WeakSet()


def clear_all():
    """Drop this process's kept parts, every store of them (a change to public content, not committed
    yet: page_cache/apps.py)."""
    for store in list(_every_store):
        store.clear()


fragments = VersionedFragments(with_page_cache=False)
