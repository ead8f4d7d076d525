from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from forms_library.models import Form, FormFile


def form_list(request):
    forms = Form.objects.select_related("institution").prefetch_related("files")
    return render(request, "forms_library/list.html", {"forms": forms})


def download(request, code, language):
    if language not in dict(settings.LANGUAGES):
        raise Http404(_("This form does not exist in that language."))
    form_file = get_object_or_404(
        FormFile.objects.select_related("form"), form__reference_code=code, language=language, is_current=True
    )
    try:
        handle = form_file.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("This form's file is missing. Please tell the ministry.")) from exc
    response = FileResponse(handle, as_attachment=True, filename=form_file.download_name)
    response["Content-Type"] = form_file.content_type
    response["X-Content-Type-Options"] = "nosniff"
    return response
