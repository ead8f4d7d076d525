"""Figures drawn from the published catalogue, kept in the shared cache until the catalogue changes.

Every change to public content bumps the page cache's catalogue version (page_cache/version.py);
keyed by it, these figures are never older than the catalogue, and the dashboard does not recount
10,000 procedures' texts on every visit. Without a reachable cache they are simply computed."""

import contextlib

from django.core.cache import cache

from page_cache import version

TIMEOUT = 6 * 3600


def catalogue_figure(name, compute):
    """`compute()`, or its value kept for the current catalogue version."""
    try:
        key = f"dashboard:{name}:{version.current()}"
        found = cache.get(key)
    except Exception:  # noqa: BLE001 (a cache down is the page cache's business: count anew)
        return compute()
    if found is None:
        found = compute()
        with contextlib.suppress(Exception):  # kept or not, the figure is right
            cache.set(key, found, TIMEOUT)
    return found
