"""HTTP caching policy for public pages: any cache may store them, but must revalidate each time.

A fee that changes must show the moment it is approved, so no cache may serve a page unchecked; with
the ETag and Last-Modified (ConditionalGetMiddleware) that check is a 304 without a body, which
costs a phone on 2G almost nothing.

A public page also names the query parameters it reads (`public_page(query=(...))`): the page cache
keys pages by those alone, in canonical form, and hands the view nothing else (page_cache/middleware.py).
"""

from functools import wraps

from django.http import HttpResponseNotAllowed
from django.utils.cache import patch_cache_control

SAFE_METHODS = ("GET", "HEAD")


def public_page(view=None, *, query=()):
    """A page that is the same for everyone: cacheable by anyone, GET and HEAD only."""
    if view is None:
        return lambda view: public_page(view, query=query)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # OPTIONS or TRACE would otherwise render the page; a public page changes nothing.
        if request.method not in SAFE_METHODS:
            return HttpResponseNotAllowed(SAFE_METHODS)
        response = view(request, *args, **kwargs)
        # Public pages are the same for everyone: never read the session here (it would add Vary: Cookie).
        if response.status_code == 200:
            patch_cache_control(response, public=True, no_cache=True)
        return response

    return cache_query_parameters(*query)(wrapper)


def cache_query_parameters(*names):
    """Marks a view whose answers the page cache may keep, keyed by these query parameters only."""

    def mark(view):
        view.page_cache_query = frozenset(names)
        return view

    return mark


def keep_out_of_cache(response):
    """This answer depends on input that is not in canonical form (an unknown choice, a page number
    past the end, a search that found nothing): build it each time rather than store one per variant."""
    response.page_cache_keep_out = True
    return response
