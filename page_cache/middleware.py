"""Whole public pages kept in the shared cache, already compressed, and dropped the moment content changes.

A page is stored under its address with the *catalogue version* it was built from; any change to an
public content row (page_cache/version.py, page_cache/apps.py) bumps that version, so every worker
stops serving the old pages at once. Each entry holds the page's final headers and its body twice —
gzip and brotli — compressed once when stored, not on every request. Each worker also
keeps its most used entries in memory, so a hit usually costs no round trip to the shared cache at all.
If the shared cache is unreachable, pages are built for every request: slower, never wrong, never an error.
"""

import gzip
import hashlib
import logging
import pickle
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_vary_headers

from page_cache import version as catalogue_version

logger = logging.getLogger(__name__)

try:  # brotli is optional: without it, clients get gzip
    import brotli
except ImportError:  # pragma: no cover
    brotli = None

TIMEOUT = 600  # seconds; pages are dropped by version, this only frees memory


UNCACHED_PREFIXES = ("/admin/", "/i18n/", "/healthz", "/media/", "/static/")
KEPT_HEADERS = (
    "Content-Type",
    "Cache-Control",
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
    "Last-Modified",
    "Content-Language",
    "Vary",
)


class _LocalPages:
    """This process's most used pages, so a hit needs no page transfer from the shared cache.
    Entries are only served while their version is the shared current one."""

    def __init__(self, size=300):
        self.size = size
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


_local = _LocalPages()


# Part of every key: a release that changes what an entry holds changes this, so it never reads
# entries written by the release before it (nor they its own, during a rolling deploy).
ENTRY_FORMAT = 2


def _key(request):
    return f"page:v{ENTRY_FORMAT}:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(UNCACHED_PREFIXES)
        and not request.COOKIES.get("sessionid")
    )


def _cacheable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and "public" in cache_control
        and not response.cookies
        and "Set-Cookie" not in response
    )


def _current(entry, version):
    """Whether an entry may be served: built from the current catalogue and not past its time."""
    return entry is not None and entry["version"] == version and entry["expires"] > time.time()


def _shared_get(key):
    try:
        return _shared(cache.get, key)
    except (AttributeError, ImportError, EOFError, pickle.UnpicklingError):
        return None  # an entry this code cannot read (a function it names was renamed): build the page


def _shared(operation, *args):
    try:
        return operation(*args)
    except catalogue_version.REDIS_ERRORS as error:
        raise catalogue_version.CacheUnavailable from error


def _encoding(request):
    accepted = request.headers.get("Accept-Encoding", "")
    if brotli is not None and "br" in accepted:
        return "br"
    if "gzip" in accepted:
        return "gzip"
    return None


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE or not _cacheable_request(request):
            return self._compressed(request, self.get_response(request))
        key = _key(request)
        try:
            version = catalogue_version.current()
            entry = _local.get(key)
            if not _current(entry, version):
                entry = _shared_get(key)
        except catalogue_version.CacheUnavailable:
            logger.warning("shared cache unavailable: page built without it")
            return self._compressed(request, self.get_response(request))
        if _current(entry, version):
            if entry["on_hit"]:
                function, args = entry["on_hit"]
                function(*args)
        else:
            response = self.get_response(request)
            if not _cacheable_response(response):
                return self._compressed(request, response)
            seconds = getattr(response, "cache_seconds", TIMEOUT)
            entry = self._entry(response, version, expires=time.time() + seconds)
            try:
                _shared(cache.set, key, entry, seconds)
            except catalogue_version.CacheUnavailable:
                logger.warning("shared cache unavailable: page not stored")
        _local.put(key, entry)
        return self._respond(request, entry)

    def _compressed(self, request, response):
        """Public pages that are not cached (searches) are still sent compressed. Only public pages:
        they carry no secret for a compression attack to guess."""
        encoding = _encoding(request)
        if (
            encoding is None
            or request.method != "GET"
            or not _cacheable_response(response)
            or response.has_header("Content-Encoding")
            or not response.get("Content-Type", "").startswith("text/html")
        ):
            return response
        body = response.content
        response.content = brotli.compress(body, quality=5) if encoding == "br" else gzip.compress(body, 6)
        response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(response.content))
        if response.has_header("ETag"):
            response["ETag"] = response["ETag"].rstrip('"') + f'-{encoding}"'
        patch_vary_headers(response, ("Accept-Encoding",))
        return response

    def _entry(self, response, version, expires):
        body = response.content
        return {
            "version": version,
            "expires": expires,
            "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
            "etag": '"' + hashlib.sha256(body).hexdigest()[:32] + '"',
            "gzip": gzip.compress(body, compresslevel=6),
            "br": brotli.compress(body, quality=5) if brotli is not None else None,
            "on_hit": getattr(response, "on_cache_hit", None),
        }

    def _respond(self, request, entry):
        from django.http import HttpResponse, HttpResponseNotModified

        if request.headers.get("If-None-Match") == entry["etag"]:
            response = HttpResponseNotModified()
        else:
            encoding = _encoding(request)
            if encoding and entry.get(encoding):
                body = entry[encoding]
            else:  # the rare client that takes no compression: not worth storing a third copy for
                encoding, body = None, gzip.decompress(entry["gzip"])
            response = HttpResponse(body if request.method == "GET" else b"")
            if encoding:
                response["Content-Encoding"] = encoding
            response["Content-Length"] = str(len(body))
        for name, value in entry["headers"].items():
            response[name] = value
        response["ETag"] = entry["etag"]
        patch_vary_headers(response, ("Accept-Encoding",))
        return response
