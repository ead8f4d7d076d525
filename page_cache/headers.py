"""HTTP caching policy for public pages: any cache may store them, but must revalidate each time.

A fee that changes must show the moment it is approved, so no cache may serve a page unchecked; with
the ETag and Last-Modified (ConditionalGetMiddleware) that check is a 304 without a body, which
costs a phone on 2G almost nothing.

A public page also names the query parameters it reads (`public_page(query=(...))`): the page cache
keys pages by those alone, in canonical form, and hands the view nothing else (page_cache/middleware.py).
"""

import contextlib
from functools import wraps

from django.http import HttpResponseNotAllowed
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

SAFE_METHODS = ("GET", "HEAD")


def public_page(view=None, *, query=(), stored_when_asked_again=False):
    """A page that is the same for everyone: cacheable by anyone, GET and HEAD only.

    `stored_when_asked_again`: most of its pages are asked once (a search never typed before), so the
    page cache keeps one only when a worker is asked for it a second time, rather than compress it
    twice and store it for nobody, and does not look for it in the shared cache before that."""
    if view is None:
        return lambda view: public_page(view, query=query, stored_when_asked_again=stored_when_asked_again)

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

    wrapper.page_cache_on_second_ask = stored_when_asked_again
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


def public_download(view):
    """A file that is the same for everyone (a form, the text of a law), GET and HEAD only. The page
    cache keeps where the file is and its headers, never its bytes, and answers the next requests for
    it, revalidations (304) included, before sessions, languages and the view run: the way whitenoise
    answers static files. The view says which file with `serve_file_from_cache`."""
    return cache_query_parameters()(require_safe(view))


def serve_file_from_cache(response, stored):
    """Let the page cache answer this download later by opening `stored` (a FieldFile) itself. Only
    for a public file, with its ETag set; storages without local paths are simply not kept."""
    with contextlib.suppress(NotImplementedError):  # a remote storage: the view sends it each time
        response.page_cache_file = stored.path
    return response
