"""Absolute addresses of public pages, built from the configured site address, never from the request.

A cached page is shared by every visitor whatever Host header they sent, so anything absolute in it
(canonical and hreflang links, JSON-LD, the printed QR code, sitemap.xml, robots.txt) must not
depend on that header: a forged Host would otherwise be served to everyone from the cache.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path):
    """`path` (starting with "/") on the site's configured address, settings.SITE_URL."""
    return settings.SITE_URL + path


def site_protocol():
    return urlsplit(settings.SITE_URL).scheme


def site_domain():
    """Host and port of SITE_URL, as a sitemap's `domain`."""
    return urlsplit(settings.SITE_URL).netloc
