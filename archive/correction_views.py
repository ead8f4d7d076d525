"""The pages of correction requests: a servant asks and follows their requests; HR and archivists list
them (the overdue ones first if asked), take them in hand and answer. Every record comes from
corrections_for (what the reader may see) and anything else is a 404, audited."""

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from archive import access
from archive.corrections import correction_advance, correction_ask, corrections_for, may_handle
from archive.models import CorrectionRequest
from archive.storage import archive_storage
from archive.trail import record_reading, record_refusal
from audit.models import AuditEvent

PRIVATE = "private, no-store"
CONTENT_TYPES = {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png", "tiff": "image/tiff"}


class CorrectionForm(forms.Form):
    subject = forms.ChoiceField(
        label=_("What is wrong?"), choices=CorrectionRequest.Subject.choices, widget=forms.RadioSelect
    )
    document = forms.ModelChoiceField(
        label=_("Which document?"),
        queryset=None,
        to_field_name="public_id",
        required=False,
        empty_label=_("No document in particular"),
        help_text=_("For a wrong document, or one that is not yours."),
    )
    description = forms.CharField(
        label=_("What should be corrected?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("For example: “My date of birth is 3 May 1979, not 1978.”"),
    )
    attachment = forms.FileField(
        label=_("A scan or photo that shows it (optional)"),
        required=False,
        help_text=_("PDF, JPEG, PNG or TIFF."),
    )

    def __init__(self, *args, servant, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = servant.documents.for_dossier_page()
        self.fields["document"].label_from_instance = lambda d: f"{d.title} ({d.act_date:%d/%m/%Y})"


def _private(response):
    response["Cache-Control"] = PRIVATE
    return response


def _own_servant(request):
    servant = access.dossiers_for(request.user).with_assignment().filter(user=request.user).first()
    if servant is None:
        record_refusal(request, "correction", "")
        raise Http404
    return servant


def _get_correction(request, pk):
    found = corrections_for(request.user).select_related("servant", "document__document_type").filter(pk=pk)
    correction = found.first()
    if correction is None:
        record_refusal(request, "correction", pk)
        raise Http404
    return correction


@login_required
def corrections(request):
    """Staff: the requests they may see (open, overdue, all). A servant: their own requests."""
    listing = corrections_for(request.user).with_listing()
    is_staff_reader = access.is_archive_staff(request.user)
    shown = request.GET.get("show", "open" if is_staff_reader else "all")
    if not is_staff_reader:
        listing = listing.filter(servant__user=request.user)
    elif shown == "overdue":
        listing = listing.overdue().order_by("due_on")
    elif shown == "open":
        listing = listing.open().order_by("due_on")
    page = Paginator(listing, 50).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "shown": shown,
        "is_staff_reader": is_staff_reader,
        "today": timezone.localdate(),
    }
    return _private(render(request, "archive/corrections.html", context))


@login_required
def correction_new(request):
    servant = _own_servant(request)
    initial = {}
    if document_id := request.GET.get("document"):
        initial = {"subject": CorrectionRequest.Subject.DOCUMENT, "document": document_id}
    form = CorrectionForm(request.POST or None, request.FILES or None, servant=servant, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            correction = correction_ask(
                servant=servant, user=request.user, request=request, **form.cleaned_data
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            return redirect(correction)
    context = {"form": form, "servant": servant, "days": settings.ARCHIVE_CORRECTION_DAYS}
    return _private(
        render(request, "archive/correction_new.html", context, status=400 if form.errors else 200)
    )


def _add_errors(form, error):
    if hasattr(error, "error_dict"):
        for field, messages in error.error_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error("attachment" if error.code else None, error)


@login_required
def correction(request, pk):
    found = _get_correction(request, pk)
    problem = None
    if request.method == "POST":
        try:
            correction_advance(
                correction=found,
                user=request.user,
                state=request.POST.get("state", ""),
                answer=request.POST.get("answer", "")[:2000],
                request=request,
            )
        except ValidationError as error:
            problem = " ".join(error.messages)
        else:
            return redirect(found)
    record_reading(request, AuditEvent.Action.VIEW, servant=found.servant, correction=str(found.pk))
    context = {
        "correction": found,
        "servant": found.servant,
        "is_own": found.servant.user_id == request.user.pk,
        "may_handle": found.is_open and may_handle(request.user, found),
        "problem": problem,
        "overdue": found.is_overdue(),
    }
    return _private(render(request, "archive/correction.html", context, status=400 if problem else 200))


@login_required
def correction_attachment(request, pk):
    found = _get_correction(request, pk)
    if not found.attachment_name:
        raise Http404
    record_reading(request, AuditEvent.Action.DOWNLOAD, servant=found.servant, correction=str(found.pk))
    try:
        handle = archive_storage().open(found.attachment_name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    extension = {"jpeg": "jpg", "tiff": "tif"}.get(found.attachment_format, found.attachment_format)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"correction-{found.created_at:%Y-%m-%d}.{extension}",
        content_type=CONTENT_TYPES.get(found.attachment_format, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)
