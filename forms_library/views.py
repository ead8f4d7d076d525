from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from forms_library.filters import FormFilter
from forms_library.models import Form, FormFile
from page_cache.headers import keep_out_of_cache, public_download, public_page, serve_file_from_cache
from uploads import attachment


@public_page(query=("ministry", "language"))
def form_list(request):
    forms = Form.objects.select_related("institution").prefetch_related(
        Prefetch("files", queryset=FormFile.objects.filter(is_current=True).order_by("language"))
    )
    form_filter = FormFilter(request.GET or None, queryset=forms)
    response = render(request, "forms_library/list.html", {"filter": form_filter, "forms": form_filter.qs})
    if not form_filter.is_canonical(request.GET):
        keep_out_of_cache(response)  # a made-up choice is built each time, never stored
    return response


@public_download
def download(request, code, language):
    """The current file of a form in a language; the address stays the same across versions, so
    browsers revalidate it (ETag: its checksum) and get a 304 while it has not changed."""
    if language not in dict(settings.LANGUAGES):
        raise Http404(_("This form does not exist in that language."))
    form_file = get_object_or_404(
        FormFile.objects.select_related("form"), form__reference_code=code, language=language, is_current=True
    )
    response = attachment(
        form_file.file,
        filename=form_file.download_name,
        content_type=form_file.content_type,
        missing_message=_("This form's file is missing. Please tell the ministry."),
    )
    response["Content-Length"] = form_file.size_bytes
    response["ETag"] = f'"{form_file.sha256}"'
    response["Cache-Control"] = "public, no-cache"  # same address for every version: always revalidate
    return serve_file_from_cache(response, form_file.file)
