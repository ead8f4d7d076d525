"""HTTP caching policy for public pages: intermediaries may keep them a few minutes.

ETags and conditional requests are handled by ConditionalGetMiddleware for every response.
"""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control


def public_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        # Public pages are the same for everyone: never read the session here (it would add Vary: Cookie).
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
        return response

    return wrapper
