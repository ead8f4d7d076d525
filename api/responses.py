"""Headers of every API answer.

Caching is that of the pages (page_cache/headers.py): any cache may keep an answer but must revalidate
it each time, which the ETag (ConditionalGetMiddleware) makes a cheap 304. It is not marked `public`,
so the page cache, which keys pages by address only and keeps a fixed set of headers, never stores
an answer whose language came from Accept-Language or whose CORS header it would drop.
"""

from django.utils.cache import patch_cache_control, patch_vary_headers

CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match",
    "Access-Control-Expose-Headers": "ETag, Content-Language",
    "Access-Control-Max-Age": "86400",
}


def add_open_data_headers(response, *, language, varies_by_header):
    """CORS open for reading, the language of the answer, and revalidate-every-time caching."""
    for name, value in CORS.items():
        response[name] = value
    response["Content-Language"] = language
    if varies_by_header:
        patch_vary_headers(response, ("Accept-Language",))
    if response.status_code == 200:
        patch_cache_control(response, no_cache=True)
    return response
