"""Rendering public pages for the mirror through the real views, and marking them as a copy.

Django's test client runs the whole request (middleware, views, templates) without a network: what the
mirror holds is what the site answered. Each page then gets a short notice in its own language, and its
search box leads to the browse pages (a static copy cannot search).
"""

import re
from datetime import date
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from django.utils import formats, translation
from django.utils.html import escape
from django.utils.translation import gettext as _

# Never copied: what needs a person, a form sent, or the live database to mean anything.
SKIPPED_SEGMENTS = {
    "search",
    "account",
    "archive",
    "embed",
    "admin",
    "i18n",
    "api",
    "feedback",
    "feature-phones",
}
LINK = re.compile(r"""(?:href|src)="(/[^"#?]*)(?:[?#][^"]*)?\"""")
MAIN = re.compile(r"<main\b[^>]*>")
EXTENSIONS = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/xml": "xml",
    "text/plain": "txt",
}


class Page:
    def __init__(self, path, status, content_type, body, links=()):
        self.path, self.status, self.content_type, self.body = path, status, content_type, body
        self.links = sorted(set(links))

    @property
    def is_html(self):
        return self.content_type.startswith("text/html")

    def file_name(self):
        """Where the page goes in the mirror: `…/index.html` for a page, `…/index.pdf` for a form."""
        relative = self.path.lstrip("/")
        if not self.path.endswith("/"):
            return relative
        extension = "html" if self.is_html else EXTENSIONS.get(self.content_type.split(";")[0].strip(), "bin")
        return f"{relative}index.{extension}"


class Renderer:
    def __init__(self, *, today=None):
        self.today = today or date.today()
        site = urlsplit(settings.SITE_URL)
        self.client = Client(HTTP_HOST=site.netloc, secure=site.scheme == "https")

    def fetch(self, path):
        """The page at `path` as the site answers it (following no redirect), marked as a copy."""
        if path.startswith(self.static_prefix):
            return self._static(path)
        response = self.client.get(path)
        content_type = response.get("Content-Type", "application/octet-stream")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        page = Page(path, response.status_code, content_type, body)
        if page.status == 200 and page.is_html:
            text = self._mark_as_copy(body.decode("utf-8"), self._language(path))
            page.body = text.encode("utf-8")
            page.links = sorted({link for link in LINK.findall(text) if self.wanted(link)})
        return page

    @cached_property
    def static_prefix(self):
        return "/" + settings.STATIC_URL.strip("/") + "/"

    def wanted(self, path):
        if path.startswith(self.static_prefix):
            return True
        parts = [part for part in path.split("/") if part]
        if not parts or parts[0] not in {code for code, _name in settings.LANGUAGES}:
            return path == "/sitemap.xml"
        return not SKIPPED_SEGMENTS.intersection(parts[1:2] + parts[2:3])

    def _static(self, path):
        relative = path[len(self.static_prefix) :]
        found = Path(settings.STATIC_ROOT) / relative
        if not found.is_file():
            found = finders.find(relative)
        if not found:
            return Page(path, 404, "text/plain", b"")
        return Page(path, 200, "application/octet-stream", Path(found).read_bytes())

    def _language(self, path):
        prefix = path.strip("/").split("/")[0]
        return prefix if prefix in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE

    def _mark_as_copy(self, text, language):
        with translation.override(language):
            notice = _("Copy of %(date)s: search and forms to send are unavailable.") % {
                "date": formats.date_format(self.today, "DATE_FORMAT")
            }
        block = f'<p class="notice mirror-notice" role="status" lang="{language}">{escape(notice)}</p>'
        text = re.sub(r'action="/(\w+)/search/"', r'action="/\1/procedures/"', text)
        marked, found = MAIN.subn(lambda match: match.group(0) + block, text, count=1)
        if not found:
            marked = re.sub(r"<body\b[^>]*>", lambda match: match.group(0) + block, text, count=1)
        return marked
