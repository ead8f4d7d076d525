"""One procedure as a page other sites may show in a frame: a ministry's or a province's site keeps its
citizens on its own pages while the content stays the one published here, in the chosen language.

Server-rendered HTML with its own small stylesheet and no script. Only this page may be framed, by any
site (settings.EMBED_FRAME_ANCESTORS): every other page keeps `frame-ancestors 'none'`."""

from csp.decorators import csp_replace
from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.utils.http import http_date
from django.views.decorators.clickjacking import xframe_options_exempt

from api.querysets import procedure_details
from languages.templatetags.translated import fallback_languages
from page_cache.headers import public_page


def _shown_objects(procedure):
    yield procedure
    for relation in ("steps", "documents", "fees"):
        yield from getattr(procedure, relation).all()


@csp_replace({"frame-ancestors": settings.EMBED_FRAME_ANCESTORS})
@xframe_options_exempt
@public_page
def embedded_procedure(request, slug):
    procedure = get_object_or_404(procedure_details(), slug=slug)
    response = render(
        request,
        "api/embedded_procedure.html",
        {
            "procedure": procedure,
            "page_url": request.build_absolute_uri(procedure.get_absolute_url()),
            "fallback_languages": fallback_languages(_shown_objects(procedure)),
        },
    )
    response["Last-Modified"] = http_date((procedure.published_at or procedure.updated_at).timestamp())
    return response
