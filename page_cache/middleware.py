"""Whole public pages kept in the shared cache, already compressed, and dropped the moment content changes.

A page is stored under its address with the *catalogue version* it was built from; any change to an
public content row (page_cache/version.py, page_cache/apps.py) bumps that version, so every worker
stops serving the old pages at once. Each entry holds the page's final headers and its body twice —
gzip and brotli — compressed once when stored, not on every request. Each worker also
keeps its most used entries in memory, so a hit usually costs no round trip to the shared cache at all.
Pages most often asked only once (new searches) are stored the second time a worker is asked for them.
If the shared cache is unreachable, pages are built for every request: slower, never wrong, never an error.

Only views that say so are kept (page_cache/headers.py), keyed by their path and the query parameters
they declare, in canonical form; the view is handed that canonical query and nothing else, so a flood of
made-up parameters is answered from one entry. The Host header is checked before any cached answer, and
no page holds anything taken from it (absolute links come from SITE_URL, languages/addresses.py).
Revalidation follows RFC 9110 (Django's get_conditional_response), with one ETag per encoding.
"""

import functools
import gzip
import hashlib
import logging
import pickle
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import TooManyFieldsSent
from django.core.signals import setting_changed
from django.http import FileResponse, HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import parse_http_date_safe

from page_cache import version as catalogue_version
from page_cache.counting import count_cache_hit
from page_cache.recent import RecentlyUsed

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


# This process's most used pages, so a hit needs no page transfer from the shared cache. Entries are
# only served while their version is the shared current one.
_local = RecentlyUsed(size=300)
# Pages stored only when asked again (new searches): the addresses this process was asked for lately,
# with when that ask stops counting. Kept here rather than in the shared cache, where noting each new
# search cost a round trip: a search asked often is stored once one worker has seen it twice.
_asked = RecentlyUsed(size=20_000)


# A kept download (page_cache.headers.public_download) is answered with these headers of the view's.
FILE_HEADERS = (*KEPT_HEADERS, "Content-Disposition", "Content-Length", "ETag")

# Part of every key: a release that changes what an entry holds changes this, so it never reads
# entries written by the release before it (nor they its own, during a rolling deploy).
ENTRY_FORMAT = 5

# Request headers that make a GET conditional (RFC 9110 13.1).
CONDITIONAL_HEADERS = (
    "HTTP_IF_MATCH",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_UNMODIFIED_SINCE",
)


def _key(request):
    return f"page:v{ENTRY_FORMAT}:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]


@functools.lru_cache(maxsize=2048)
def _view_policy(path):
    """(the query parameters the public view at `path` reads, whether its pages are stored only when
    asked again), or None when its answers are not kept."""
    # The language prefix only resolves with its language active (LocaleMiddleware has not run yet).
    with translation.override(translation.get_language_from_path(path)):
        try:
            match = resolve(path)
        except Resolver404:
            return None
    parameters = getattr(match.func, "page_cache_query", None)
    if parameters is None:
        return None
    return parameters, getattr(match.func, "page_cache_on_second_ask", False)


def _forget_views(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _view_policy.cache_clear()


setting_changed.connect(_forget_views)


def _cacheable_policy(request):
    """_view_policy of this request's view, or None when its page is not for the cache."""
    if (
        request.method not in ("GET", "HEAD")
        or request.path.startswith(UNCACHED_PREFIXES)
        or request.COOKIES.get("sessionid")
    ):
        return None
    return _view_policy(request.path_info)


def _canonical_query(request, parameters):
    """Keep only the declared parameters, each once (the last value, as QueryDict.get reads it), with
    spaces collapsed, empty ones dropped, sorted by name; the view sees exactly what keys the page.
    Plain urllib rather than QueryDict: this runs before every cache hit with a query string."""
    query_string = request.META.get("QUERY_STRING", "")
    if not query_string:
        return  # most requests: nothing to tidy
    try:
        pairs = parse_qsl(query_string, max_num_fields=settings.DATA_UPLOAD_MAX_NUMBER_FIELDS)
    except ValueError as error:  # as QueryDict would: a 400, not a 500
        raise TooManyFieldsSent("Too many query parameters.") from error
    values = {}
    for name, value in pairs:
        if name in parameters:
            values[name] = " ".join(value.split())
    canonical = urlencode(sorted((name, value) for name, value in values.items() if value))
    if canonical != query_string:
        request.META["QUERY_STRING"] = canonical
        request.GET = QueryDict(canonical)


def _cacheable_response(response):
    if getattr(response, "page_cache_file", None):
        return _public_file(response)
    return _public_response(response) and not getattr(response, "page_cache_keep_out", False)


def _public_file(response):
    """A download the view marked for the cache: public, with an ETag, setting no cookie."""
    return (
        response.status_code == 200
        and "public" in response.get("Cache-Control", "")
        and response.has_header("ETag")
        and not response.cookies
        and "Set-Cookie" not in response
    )


def _public_response(response):
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
    except (EOFError, pickle.UnpicklingError):
        return None  # an entry this code cannot read: build the page


def _shared(operation, *args):
    try:
        return operation(*args)
    except catalogue_version.REDIS_ERRORS as error:
        raise catalogue_version.CacheUnavailable from error


def _was_asked(key, version):
    until = _asked.get((version, key))
    return until is not None and until > time.monotonic()


def _asked_before(key, version, seconds):
    """Whether this process was asked for this page of this catalogue version in the last `seconds`
    (and note this ask)."""
    if _was_asked(key, version):
        return True
    _asked.put((version, key), time.monotonic() + seconds)
    return False


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
        # A host outside ALLOWED_HOSTS raises DisallowedHost here, which Django answers with a 400:
        # before any cached page, not only when a page is built.
        request.get_host()
        policy = _cacheable_policy(request)
        if policy is not None:
            _canonical_query(request, policy[0])
        if not settings.PAGE_CACHE or policy is None:
            return self._finished(request, self._built(request))
        on_second_ask = policy[1]
        key = _key(request)
        try:
            version = catalogue_version.current()
            entry = _local.get(key)
            # A page stored only when asked again is not looked for before this worker was asked
            # for it once: most never are again, and the look cost a round trip.
            if not _current(entry, version) and not (on_second_ask and not _was_asked(key, version)):
                entry = _shared_get(key)
        except catalogue_version.CacheUnavailable:
            logger.warning("shared cache unavailable: page built without it")
            return self._finished(request, self._built(request))
        if _current(entry, version):
            if entry["on_hit"]:
                count_cache_hit(entry["on_hit"])
        else:
            response = self._built(request)
            if not _cacheable_response(response):
                return self._finished(request, response)
            seconds = getattr(response, "cache_seconds", TIMEOUT)
            if on_second_ask and not _asked_before(key, version, seconds):
                return self._finished(request, response)
            entry = self._entry(response, version, expires=time.time() + seconds)
            try:
                _shared(cache.set, key, entry, seconds)
            except catalogue_version.CacheUnavailable:
                logger.warning("shared cache unavailable: page not stored")
        _local.put(key, entry)
        try:
            return self._respond(request, entry)
        except _StaleEntry:
            return self._finished(request, self._built(request))

    def _built(self, request):
        """The page from the view. Revalidation waits until the body's encoding, and so its ETag, is
        known (_finished): the conditional headers are hidden from ConditionalGetMiddleware meanwhile."""
        if request.method != "GET":
            return self.get_response(request)
        conditions = {name: request.META.pop(name) for name in CONDITIONAL_HEADERS if name in request.META}
        try:
            return self.get_response(request)
        finally:
            request.META.update(conditions)

    def _finished(self, request, response):
        """A built page, compressed when it is public HTML, then revalidated against its final ETag."""
        if request.method != "GET":
            return response
        encoding = _encoding(request)
        if (
            encoding is not None
            and _public_response(response)
            and not response.has_header("Content-Encoding")
            and response.get("Content-Type", "").startswith("text/html")
        ):
            self._compress(response, encoding)
        if response.has_header("ETag") or response.has_header("Last-Modified"):
            return _conditional(request, response)
        return response

    def _compress(self, response, encoding):
        """Public pages that are not cached (searches) are still sent compressed. Only public pages:
        they carry no secret for a compression attack to guess."""
        body = response.content
        response.content = brotli.compress(body, quality=5) if encoding == "br" else gzip.compress(body, 6)
        response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(response.content))
        patch_vary_headers(response, ("Accept-Encoding",))
        if response.has_header("ETag"):  # another representation: another strong tag
            response["ETag"] = _encoded_etag(response["ETag"], encoding)

    def _entry(self, response, version, expires):
        if getattr(response, "page_cache_file", None):
            _close_file(response)  # opened again when the entry is served
            headers = {name: response[name] for name in FILE_HEADERS if name in response}
            return {
                "version": version,
                "expires": expires,
                "file": response.page_cache_file,
                "headers": headers,
                "on_hit": None,
            }
        body = response.content
        return {
            "version": version,
            "expires": expires,
            "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
            "etag": hashlib.sha256(body).hexdigest()[:32],
            "gzip": gzip.compress(body, compresslevel=6),
            "br": brotli.compress(body, quality=5) if brotli is not None else None,
            "on_hit": getattr(response, "on_cache_hit", None),
        }

    def _respond(self, request, entry):
        if "file" in entry:
            return _file_response(request, entry)
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
        response["ETag"] = _encoded_etag(f'"{entry["etag"]}"', encoding)
        patch_vary_headers(response, ("Accept-Encoding",))
        return _conditional(request, response)


def _file_response(request, entry):
    """A kept download: revalidated from its headers alone, or its file opened and sent (sendfile)."""
    headers = HttpResponse()
    for name, value in entry["headers"].items():
        headers[name] = value
    answer = _conditional(request, headers)
    if answer is not headers or request.method != "GET":
        return answer
    try:
        response = FileResponse(open(entry["file"], "rb"))  # noqa: SIM115 (closed by the server)
    except FileNotFoundError:
        raise _StaleEntry from None
    for name, value in entry["headers"].items():
        response[name] = value
    return response


class _StaleEntry(Exception):
    """A kept download whose file is gone: the view answers instead (its 404 says why)."""


def _encoded_etag(etag, encoding):
    """One strong tag per encoding (RFC 9110 8.8.3: a strong tag names one exact byte sequence)."""
    return etag if encoding is None else etag[:-1] + f'-{encoding}"'


def _conditional(request, response):
    """304 (or 412) as RFC 9110 asks: If-None-Match lists, weak tags and "*" included, before
    If-Modified-Since. Django's own implementation, so cached and built pages answer alike."""
    if not any(name in request.META for name in CONDITIONAL_HEADERS):
        return response  # a first visit: no condition to evaluate
    answer = get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
        response=response,
    )
    if answer is not response:
        _close_file(response)  # a download's file, opened for nothing
    return answer


def _close_file(response):
    """Close a FileResponse's file only: response.close() would also signal the end of the request
    (request_finished), which closes the database connection in the middle of it."""
    stream = getattr(response, "file_to_stream", None)
    if stream is not None:
        stream.close()
