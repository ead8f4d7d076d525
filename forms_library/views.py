from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from forms_library.filters import FormFilter
from forms_library.models import Form, FormFile
from page_cache.headers import public_page
from uploads import attachment


@public_page
def form_list(request):
    forms = Form.objects.select_related("institution").prefetch_related(
        Prefetch("files", queryset=FormFile.objects.filter(is_current=True).order_by("language"))
    )
    form_filter = FormFilter(request.GET or None, queryset=forms)
    return render(request, "forms_library/list.html", {"filter": form_filter, "forms": form_filter.qs})


def download(request, code, language):
    """The current file of a form in a language; the address stays the same across versions."""
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
    return response
