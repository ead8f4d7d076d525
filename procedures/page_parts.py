"""A procedure page's own parts: read with Django's prefetches, rendered, and kept until the catalogue
changes.

The article and its structured data are pure functions of the procedure's rows (and of what they link
to: offices, forms), of the page's language and address, and of the glossary (offices list their hours by weekday; whether one is open now is
worked out in the reader's browser, static/js/office-hours.js). They are kept in this process under the catalogue version
(page_cache/fragments.py), which moves whenever anything citizens see is published, so a kept part is
never older than the page cache's own pages. The feedback form, which carries a timestamped token, is
rendered on each request.

Why kept at all: with the page cache off or missing (PAGE_CACHE=0, Redis restarting) or for the first
request after a publication, building the page costs ten queries and its rendering; kept, a request
costs none of it. Measured with `benchmarks/procedure_page.py` and `benchmarks/load.py` ("procedure
(built)" against "procedure (scratch)", KEEP_PAGE_PARTS=0); figures in docs/performance.md.
"""

from dataclasses import dataclass, replace
from datetime import datetime

from django.conf import settings
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import get_language

from languages.addresses import absolute_url
from languages.templatetags.translated import fallback_languages
from page_cache.fragments import VersionedFragments
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


kept = VersionedFragments(size=KEPT_PAGES, with_page_cache=False)


def procedure_page(procedures, slug):
    """The parts of the public page at `slug` among `procedures` (a queryset); Http404 if none."""
    page_url = absolute_url(reverse("procedures:detail", kwargs={"slug": slug}))

    def build():
        procedure = procedures.for_page().filter(slug=slug).first()
        if procedure is None:
            raise Http404  # never kept: made-up addresses take no room
        return _built(procedure, page_url)

    if not settings.KEEP_PAGE_PARTS:
        return build()
    return kept.get((slug, get_language(), page_url, glossary.fingerprint()), build)


def preview_page(procedure):
    """The parts of the page `procedure` (a working copy or a draft) will have once approved, at its
    published address; built afresh each time and never kept, so citizens are never served it."""
    shown = type(procedure).objects.filter(pk=procedure.pk).for_page().first()
    original = procedure.original
    page_url = absolute_url(reverse("procedures:detail", kwargs={"slug": original.slug}))
    page = _built(shown, page_url)
    return replace(page, pk=original.pk, slug=original.slug)


def _built(procedure, page_url):
    article = render_to_string(
        "procedures/procedure_article.html",
        {
            "procedure": procedure,
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
