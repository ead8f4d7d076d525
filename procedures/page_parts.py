"""A procedure page's own parts, built once for the content they show.

Every request for a procedure page reads all its rows (one statement, procedures/details.py). Turning
them into instances and rendering the article took most of the page; both are pure functions of those
rows, of the page's language and address, of the glossary and of the weekday (offices say whether they
are open today). So the parts are kept in this process under a digest of exactly these: a change to
any row the page shows changes the digest, whatever the catalogue version, and a publication elsewhere
no longer makes every other procedure page expensive to build again. The feedback form, which carries
a timestamped token, is rendered on each request. A withdrawn procedure's page names the procedure
that replaces it, a row this page does not read: it is built every time.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import get_language

from languages.addresses import absolute_url
from languages.templatetags.translated import fallback_languages
from page_cache.recent import RecentlyUsed
from procedures.details import public_page_from, public_page_rows
from procedures.structured_data import json_ld_script, procedure_json_ld
from translations import glossary

KEPT_PAGES = 2000  # a few tens of megabytes per process at most


@dataclass(frozen=True)
class ProcedurePage:
    pk: int
    slug: str
    title: str
    description: str
    is_sample: bool
    last_modified: datetime
    fallback_languages: tuple
    article: SafeString
    structured_data: SafeString


kept = RecentlyUsed(KEPT_PAGES)  # by digest


def procedure_page(model, slug):
    """The parts of the public page at `slug` (model.objects.visible_to_public()), or None."""
    rows = public_page_rows(model, slug)
    if not rows:
        return None
    weekday = timezone.localdate().weekday()
    page_url = absolute_url(reverse("procedures:detail", kwargs={"slug": slug}))
    key = _digest(rows, get_language(), page_url, weekday, glossary.fingerprint())
    page = kept.get(key) if settings.KEEP_PAGE_PARTS else None
    if page is None:
        procedure = public_page_from(model, rows)
        if procedure is None:  # no row of the procedure itself: nothing to build a page from
            return None
        page = _built(procedure, weekday, page_url)
        if procedure.status != model.Status.WITHDRAWN and settings.KEEP_PAGE_PARTS:
            kept.put(key, page)
    return page


def _digest(rows, *inputs):
    digest = hashlib.blake2b(repr(inputs).encode(), digest_size=20)
    for row in sorted(rows):  # a UNION's rows come in no promised order
        digest.update(row.encode() if isinstance(row, str) else row)
        digest.update(b"\0")
    return digest.hexdigest()


def _built(procedure, weekday, page_url):
    article = render_to_string(
        "procedures/procedure_article.html",
        {
            "procedure": procedure,
            "weekday": weekday,
            "forms": procedure.downloadable_forms(),
            "page_url": page_url,
        },
    )
    return ProcedurePage(
        pk=procedure.pk,
        slug=procedure.slug,
        title=procedure.title,
        description=Truncator(procedure.summary).chars(160),
        is_sample=procedure.is_sample,
        last_modified=procedure.published_at or procedure.updated_at,
        fallback_languages=tuple(fallback_languages(_shown_objects(procedure))),
        article=SafeString(article),
        structured_data=json_ld_script(procedure_json_ld(procedure, url=page_url)),
    )


def _shown_objects(procedure):
    yield procedure
    for relation in ("steps", "documents", "fees", "rejection_reasons", "legal_bases"):
        yield from getattr(procedure, relation).all()
