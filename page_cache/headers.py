"""HTTP caching policy for public pages: any cache may store them, but must revalidate each time.

A fee that changes must show the moment it is approved, so no cache may serve a page unchecked; with
the ETag and Last-Modified (ConditionalGetMiddleware) that check is a 304 without a body, which
costs a phone on 2G almost nothing.
"""

from functools import wraps

from django.utils.cache import patch_cache_control


def public_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        # Public pages are the same for everyone: never read the session here (it would add Vary: Cookie).
        if response.status_code == 200:
            patch_cache_control(response, public=True, no_cache=True)
        return response

    return wrapper
