"""The scanning station's pages for HR: print sheets, send a stack, check a batch, figures. Every batch
comes from scanning.access.batches_for; anything outside it is a 404, audited."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from archive import access as archive_access
from archive.models import DocumentType
from archive.trail import record_refusal
from archive.views import archive_login_required
from background.queue import enqueue_on_commit
from scanning import edits
from scanning import figures as figures_module
from scanning.access import batches_for, may_scan
from scanning.forms import DetailsForm, PaperForm, PlaceForm, SheetsForm, UploadForm
from scanning.messages import batch_message, page_message
from scanning.models import Station
from scanning.review import batch_review
from scanning.run import ScanRefused, receive
from scanning.sheets import sheets_pdf
from scanning.tasks import read_scan_batch

PRIVATE = "private, no-store"


def _private(response):
    response["Cache-Control"] = PRIVATE
    return response


def _staff_only(request, kind):
    if not may_scan(request.user):
        record_refusal(request, kind, "")
        raise Http404


def _batch(request, public_id):
    found = batches_for(request.user).select_related("station").filter(public_id=public_id).first()
    if found is None:
        record_refusal(request, "scan_batch", public_id)
        raise Http404
    return found


@archive_login_required
def station(request):
    _staff_only(request, "scanning")
    upload = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and upload.is_valid():
        name = f"hr-{request.user.username}"[:60]
        role = archive_access.archive_role(request.user)
        place, _created = Station.objects.get_or_create(name=name, defaults={"ministry": role.ministry})
        try:
            batch = receive(
                upload.cleaned_data["file"],
                name=upload.cleaned_data["file"].name,
                station=place,
                user=request.user,
                duplex=upload.cleaned_data["duplex"],
                sheets_counted=upload.cleaned_data["sheets"],
                request=request,
            )
        except ScanRefused as error:
            upload.add_error("file", str(error))
        else:
            enqueue_on_commit(read_scan_batch, batch.pk)
            return redirect("scanning:batch", public_id=batch.public_id)
    context = {
        "upload": upload,
        "sheets": SheetsForm(user=request.user),
        "batches": batches_for(request.user).select_related("station")[:50],
    }
    return _private(render(request, "scanning/station.html", context))


@require_POST
@archive_login_required
def sheets(request):
    _staff_only(request, "scanning_sheets")
    form = SheetsForm(request.POST, user=request.user)
    if not form.is_valid():
        context = {"upload": UploadForm(), "sheets": form, "batches": batches_for(request.user)[:50]}
        return _private(render(request, "scanning/station.html", context, status=400))
    response = HttpResponse(sheets_pdf(form.servants()), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="scan-sheets.pdf"'
    return _private(response)


@archive_login_required
def batch(request, public_id):
    found = _batch(request, public_id)
    context = batch_review(found)
    context.update(
        {
            "batch": found,
            "problems": [batch_message(p) for p in found.problems],
            "types": DocumentType.objects.all(),
            "paper_form": PaperForm(),
            "page_message": page_message,
        }
    )
    return _private(render(request, "scanning/batch.html", context))


@archive_login_required
def thumbnail(request, public_id, number):
    found = _batch(request, public_id)
    page = found.pages.filter(number=number).only("thumbnail").first()
    if page is None or not page.thumbnail:
        raise Http404
    response = HttpResponse(bytes(page.thumbnail), content_type="image/jpeg")
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)


@require_POST
@archive_login_required
def page_action(request, public_id, number):
    found = _batch(request, public_id)
    page = found.pages.select_related("document", "batch").filter(number=number).first()
    if page is None:
        raise Http404
    action = request.POST.get("action", "")
    try:
        if action == "remove":
            edits.remove_page(page, request.user)
        elif action == "keep":
            edits.keep_page(page, request.user)
        elif action in ("turn_left", "turn_right", "turn_over"):
            edits.turn_page(
                page, {"turn_left": 270, "turn_right": 90, "turn_over": 180}[action], request.user
            )
        elif action == "to_person":
            edits.send_to_person(page, request.user)
        elif action == "split" and page.document_id:
            edits.split_at(page, request.user)
        elif action == "place":
            form = PlaceForm(request.POST, user=request.user)
            if not form.is_valid():
                raise ValidationError(list(form.errors.values())[0])
            edits.place_page(page, form.servant, form.cleaned_data["document_type"], request.user)
        else:
            raise ValidationError(_("Unknown action."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(f"{found_url(found)}#page-{number}")


def found_url(found):
    from django.urls import reverse

    return reverse("scanning:batch", kwargs={"public_id": found.public_id})


@require_POST
@archive_login_required
def document_action(request, public_id, pk):
    from scanning.review import file_one

    found = _batch(request, public_id)
    document = found.documents.select_related("document_type", "batch").filter(pk=pk).first()
    if document is None:
        raise Http404
    action = request.POST.get("action", "")
    try:
        if action == "details":
            form = DetailsForm(request.POST)
            if not form.is_valid():
                raise ValidationError(list(form.errors.values())[0])
            edits.set_details(document, user=request.user, **form.cleaned_data)
        elif action == "join":
            edits.join_previous(document, request.user)
        elif action == "file":
            file_one(document, request.user)
        else:
            raise ValidationError(_("Unknown action."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(f"{found_url(found)}#document-{pk}")


@require_POST
@archive_login_required
def paper(request, public_id):
    found = _batch(request, public_id)
    try:
        if request.POST.get("action") == "checked":
            edits.mark_checked(found, request.user)
        else:
            form = PaperForm(request.POST)
            if not form.is_valid():
                raise ValidationError(list(form.errors.values())[0])
            edits.record_paper(found, user=request.user, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(found_url(found))


@archive_login_required
def figures(request):
    _staff_only(request, "scanning_figures")
    batches = batches_for(request.user)
    context = {
        "weeks": figures_module.pages_per_hour(batches),
        "batches": [figures_module.batch_figures(b) for b in batches.select_related("station")[:100]],
    }
    return _private(render(request, "scanning/figures.html", context))
