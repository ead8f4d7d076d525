"""CORS on every open data answer, 304s included.

The page cache (page_cache/middleware.py) answers revalidations itself, above the views, with a 304
that keeps only the caching headers. A browser revalidating a cross-site fetch refuses a 304 without
Access-Control-Allow-Origin, so this sits above the page cache and puts the headers back."""

from api.responses import CORS

# Where isoko/urls.py mounts the API and the bulk files.
OPEN_DATA_PATHS = ("/api/v1/", "/open-data/")


class OpenDataCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(OPEN_DATA_PATHS):
            for name, value in CORS.items():
                response.setdefault(name, value)
        return response
