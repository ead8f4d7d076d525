import unicodedata

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import http_date, urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ministries.models import Institution
from page_cache.counting import count_when_served_from_cache
from page_cache.headers import (
    keep_out_of_cache,
    public_download,
    public_page,
    serve_file_from_cache,
)
from procedures.filters import FILTER_PARAMETERS, ProcedureFilter
from procedures.models import LegalBasis, Procedure, Theme
from procedures.page_parts import procedure_page
from procedures.popularity import record_view_soon
from procedures.search import highlight, record_search_soon, search_procedures
from uploads import attachment

MOST_CONSULTED = 8
PAGE_SIZE = 50
# Results shown at once: a page of twenty is what a cheap phone loads quickly (GOV.UK shows twenty too);
# the rest of the results are on the next pages.
SEARCH_PAGE_SIZE = 20
# Searches are cached like any page, for less time: anyone can type a new one, and each takes room.
SEARCH_CACHE_SECONDS = 60
ADDRESS_SLOT = "slug-of-the-procedure"  # a valid slug, replaced by each result's own


@public_page
def home(request):
    return render(
        request,
        "procedures/home.html",
        {
            "themes": Theme.objects.all(),
            "ministries": Institution.objects.ministries(),
            # A list, not a queryset: the template reads the first one (sample notice) and then all.
            "procedures": list(
                Procedure.objects.published().most_consulted().with_listing()[:MOST_CONSULTED]
            ),
        },
    )


@public_page
def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    procedures = list(Procedure.objects.published().filter(themes=theme).with_listing())
    return render(request, "procedures/theme.html", {"theme": theme, "procedures": procedures})


@public_page
def procedure_detail(request, slug):
    page = procedure_page(Procedure.objects.visible_to_public(), slug)  # kept per catalogue version
    record_view_soon(page.pk)  # batched, as when the page cache serves it
    response = render(
        request,
        "procedures/procedure.html",
        # The feedback form needs only which procedure it is about.
        {"page": page, "procedure": Procedure(pk=page.pk, slug=page.slug)},
    )
    response["Last-Modified"] = http_date(page.last_modified.timestamp())
    return count_when_served_from_cache(response, "procedure-view", page.pk)


@public_page(query=(*FILTER_PARAMETERS, "page"))
def procedure_list(request):
    procedure_filter = ProcedureFilter(
        request.GET or None, queryset=Procedure.objects.published().with_listing()
    )
    page = Paginator(procedure_filter.qs.order_by("slug"), PAGE_SIZE).get_page(request.GET.get("page"))
    response = render(
        request,
        "procedures/list.html",
        {
            "filter": procedure_filter,
            "page": page,
            "procedures": list(page.object_list),
            "query_string": _without_page(request),
        },
    )
    # One cached page per real choice: a made-up value or a page past the end is built, not stored.
    if not procedure_filter.is_canonical(request.GET) or request.GET.get("page", str(page.number)) != str(
        page.number
    ):
        keep_out_of_cache(response)
    return response


@public_page(query=("q", *FILTER_PARAMETERS, "page"), stored_when_asked_again=True)
def search(request):
    raw_query = request.GET.get("q", "")
    results = search_procedures(raw_query)
    # Nothing found: nothing to list, nor a query to build for it.
    cards = Procedure.objects.published().as_cards() if results.procedure_ids else Procedure.objects.none()
    found = cards.filter(pk__in=results.procedure_ids) if results.procedure_ids else cards
    procedure_filter = ProcedureFilter(request.GET, queryset=found)
    if procedure_filter.chooses_nothing():
        # Every result is listed (the search found published procedures only): load this page's alone.
        page = Paginator(results.procedure_ids, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
        shown = page.object_list
        page.object_list = _in_order(cards.filter(pk__in=shown), shown) if shown else []  # no query to build
        result_count = page.paginator.count
    else:
        filtered = _in_order(procedure_filter.qs, results.procedure_ids) if results.procedure_ids else []
        page = Paginator(filtered, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
        result_count = len(filtered)
    record_search_soon(results.query, get_language(), result_count)  # batched: no write here
    # One reverse() for the page rather than one per result (fifty of them cost a tenth of the page).
    address = reverse("procedures:detail", kwargs={"slug": ADDRESS_SLOT})
    for procedure in page.object_list:
        procedure.page_address = address.replace(ADDRESS_SLOT, procedure.slug)
        procedure.highlighted_title = highlight(procedure.title, results.highlight_words)
        procedure.highlighted_summary = highlight(_shortened(procedure.summary), results.highlight_words)
    context = {
        "query": results.query,
        "query_was_shortened": len(" ".join(raw_query.split())) > len(results.query),
        "procedures": page.object_list,
        "page": page,
        "query_string": _without_page(request),
        "filter": procedure_filter,
        "suggestion": results.suggestion,
        "suggestion_url": f"{request.path}?{urlencode({'q': results.suggestion})}",
    }
    response = render(request, "procedures/search.html", context)
    response.cache_seconds = SEARCH_CACHE_SECONDS
    if (
        results.query != raw_query
        or not procedure_filter.is_canonical(request.GET)
        or request.GET.get("page", str(page.number)) != str(page.number)  # past the end, or made up
    ):
        keep_out_of_cache(response)
    return count_when_served_from_cache(response, "search", results.query, get_language(), result_count)


def _shortened(text, length=220):
    """At most `length` characters, the last an ellipsis when cut (Truncator's result for plain
    text, without its per-call set-up: twenty summaries cost a new search half a millisecond)."""
    text = unicodedata.normalize("NFC", text)
    return text if len(text) <= length else text[: length - 1] + "…"


def _in_order(procedures, ids):
    """The procedures in the order of `ids` (the search's ranking)."""
    by_id = {procedure.pk: procedure for procedure in procedures}
    return [by_id[pk] for pk in ids if pk in by_id]


def _without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


@public_download
def legal_text(request, sha256):
    """The published text of a law cited by a procedure citizens can see, addressed by its content."""
    basis = (
        LegalBasis.objects.filter(document_sha256=sha256, procedure__in=Procedure.objects.visible_to_public())
        .exclude(document="")
        .first()
    )
    if basis is None:
        raise Http404(_("This text is not available."))
    response = attachment(
        basis.document,
        filename=basis.document_download_name,
        content_type=basis.document_content_type,
        missing_message=_("This text's file is missing. Please tell the ministry."),
    )
    response["ETag"] = f'"{sha256}"'
    # The address is the content's checksum: what it names never changes.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return serve_file_from_cache(response, basis.document)
