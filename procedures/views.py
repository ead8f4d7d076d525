from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.http import http_date

from isoko.caching import public_page
from isoko.templatetags.translated import fallback_languages
from ministries.models import Institution
from procedures.models import Procedure, Theme
from procedures.popularity import record_view
from procedures.search import clean_query, search_procedures
from procedures.structured_data import json_ld_script, procedure_json_ld

MOST_CONSULTED = 8


@public_page
def home(request):
    return render(
        request,
        "procedures/home.html",
        {
            "themes": Theme.objects.all(),
            "ministries": Institution.objects.ministries(),
            "procedures": Procedure.objects.published().most_consulted().with_listing()[:MOST_CONSULTED],
        },
    )


@public_page
def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    procedures = Procedure.objects.published().filter(themes=theme).with_listing()
    return render(request, "procedures/theme.html", {"theme": theme, "procedures": procedures})


@public_page
def procedure_detail(request, slug):
    procedure = get_object_or_404(Procedure.objects.visible_to_public().with_details(), slug=slug)
    record_view(procedure.pk)
    url = request.build_absolute_uri(procedure.get_absolute_url())
    response = render(
        request,
        "procedures/procedure.html",
        {
            "procedure": procedure,
            "weekday": timezone.localdate().weekday(),
            "forms": procedure.downloadable_forms(),
            "fallback_languages": fallback_languages(_shown_objects(procedure)),
            "structured_data": json_ld_script(procedure_json_ld(procedure, url=url)),
            "page_url": url,
        },
    )
    response["Last-Modified"] = http_date(procedure.updated_at.timestamp())
    return response


def _shown_objects(procedure):
    yield procedure
    for relation in ("steps", "documents", "fees", "rejection_reasons", "legal_bases"):
        yield from getattr(procedure, relation).all()


@public_page
def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = list(search_procedures(query)[:50]) if query else []
    return render(request, "procedures/search.html", {"query": query, "procedures": results})
