"""The archive's pages. Every record comes from archive.access; anything outside it is a 404, audited."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from archive import access
from archive.ingest.report import counts, report_csv
from archive.letters import issue_letters, letter_refusal, letters_pdf, may_print_letters
from archive.models import DocumentType, StoredFile
from archive.search import search_servants
from archive.storage import archive_storage
from archive.trail import openings_of, record_reading, record_refusal
from audit.models import AuditEvent

PRIVATE = "private, no-store"


def archive_login_required(view):
    """Logged in and, for an HR officer or archivist where it is required, with the second step: their
    password alone sends them to the staff login, which asks for the code (or to set a phone up)."""

    @wraps(view)
    @login_required
    def checked(request, *args, **kwargs):
        if access.role_waiting_for_second_step(request.user):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        return view(request, *args, **kwargs)

    return checked


def _get_for_user(request, queryset, public_id, kind):
    """The record with this id among those the user may see, else a 404 (and the refusal audited)."""
    found = queryset.filter(public_id=public_id).first()
    if found is None:
        record_refusal(request, kind, public_id)
        raise Http404
    return found


def _private(response):
    response["Cache-Control"] = PRIVATE
    return response


def _dossier_page(request, servant):
    documents = list(servant.documents.for_dossier_page())
    present = {document.document_type_id for document in documents}
    missing = []
    if servant.career_type_id:
        missing = [t for t in servant.career_type.required_documents.all() if t.pk not in present]
    record_reading(request, AuditEvent.Action.VIEW, servant=servant)
    context = {
        "servant": servant,
        "documents": documents,
        "missing": missing,
        "is_own": servant.user_id == request.user.pk,
        "is_staff_reader": access.is_archive_staff(request.user),
        "prints_letters": may_print_letters(request.user) and not letter_refusal(servant),
    }
    return _private(render(request, "archive/dossier.html", context))


@archive_login_required
def my_dossier(request):
    servant = access.dossiers_for(request.user).with_assignment().filter(user=request.user).first()
    if servant is None:
        if access.is_archive_staff(request.user):
            return redirect("archive:servants")
        raise Http404
    return _dossier_page(request, servant)


@archive_login_required
def dossier(request, public_id):
    servants = access.dossiers_for(request.user).with_assignment()
    return _dossier_page(request, _get_for_user(request, servants, public_id, "dossier"))


@archive_login_required
def who_opened(request, public_id):
    servant = _get_for_user(request, access.dossiers_for(request.user), public_id, "dossier")
    context = {"servant": servant, "openings": openings_of(servant)}
    return _private(render(request, "archive/opened.html", context))


@archive_login_required
def document(request, public_id):
    documents = access.documents_for(request.user).select_related("servant", "document_type")
    found = _get_for_user(request, documents, public_id, "document")
    files = list(found.files.all())
    record_reading(request, AuditEvent.Action.VIEW, servant=found.servant, document=found)
    context = {
        "document": found,
        "servant": found.servant,
        "originals": [f for f in files if f.role == StoredFile.Role.ORIGINAL],
        "has_viewing_copy": any(f.role == StoredFile.Role.VIEWING or f.file_format == "pdf" for f in files),
    }
    return _private(render(request, "archive/document.html", context))


def _serve(request, stored, *, inline):
    record_reading(
        request,
        AuditEvent.Action.DOWNLOAD,
        servant=stored.document.servant,
        document=stored.document,
        stored_file=stored,
    )
    try:
        handle = archive_storage().open(stored.storage_name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=not inline, filename=stored.download_name, content_type=stored.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)


def _files(user):
    return access.files_for(user).select_related("document__servant", "document__document_type")


@archive_login_required
def viewing_copy(request, public_id):
    """The PDF for reading on a phone: the scans' PDF, or the born-digital original itself."""
    files = _files(request.user).filter(document__public_id=public_id)
    stored = (
        files.filter(role=StoredFile.Role.VIEWING).first()
        or files.filter(role=StoredFile.Role.ORIGINAL, file_format="pdf").first()
    )
    if stored is None:
        record_refusal(request, "viewing_copy", public_id)
        raise Http404
    return _serve(request, stored, inline=True)


@archive_login_required
def original(request, public_id):
    files = _files(request.user).filter(role=StoredFile.Role.ORIGINAL)
    return _serve(request, _get_for_user(request, files, public_id, "file"), inline=False)


@archive_login_required
def servant_search(request):
    if not access.is_archive_staff(request.user):
        record_refusal(request, "search", "")
        raise Http404
    query = request.GET.get("q", "")[:200]
    type_code = request.GET.get("type", "")[:40]
    results = search_servants(access.dossiers_for(request.user).with_assignment(), query, type_code)
    page = Paginator(results, 50).get_page(request.GET.get("page"))
    context = {"query": query, "type_code": type_code, "types": DocumentType.objects.all(), "page": page}
    return _private(render(request, "archive/servants.html", context))


def _names(user, batch):
    """{matricule: full name} of the batch's servants this reader may see (for the report)."""
    matricules = batch.rows.values("matricule")
    servants = access.dossiers_for(user).filter(matricule__in=matricules)
    return {
        servant.matricule: servant.full_name
        for servant in servants.only("matricule", "surname", "given_names")
    }


@archive_login_required
def batch(request, public_id):
    found = _get_for_user(request, access.batches_for(request.user), public_id, "batch")
    context = {
        "batch": found,
        "counts": counts(found),
        "rows": found.rows.all()[:1000],
        "names": _names(request.user, found),
        "prints_letters": may_print_letters(request.user),
    }
    return _private(render(request, "archive/batch.html", context))


@archive_login_required
def batch_report(request, public_id):
    found = _get_for_user(request, access.batches_for(request.user), public_id, "batch")
    response = HttpResponse(
        report_csv(found, _names(request.user, found)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="batch-{found.public_id}.csv"'
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)


def _letters_response(request, servants, filename):
    letters = issue_letters(servants, issued_by=request.user)
    for letter in letters:
        record_reading(
            request, AuditEvent.Action.DOWNLOAD, servant=letter.servant, letter=str(letter.purpose)
        )
    response = HttpResponse(letters_pdf(letters), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)


@require_POST
@archive_login_required
def batch_letters(request, public_id):
    """Activation letters for the servants a batch created (new codes: earlier letters stop working)."""
    if not may_print_letters(request.user):
        record_refusal(request, "letter", public_id)
        raise Http404
    found = _get_for_user(request, access.batches_for(request.user), public_id, "batch")
    servants = access.dossiers_for(request.user).filter(pk__in=found.servants_created.values("pk"))
    return _letters_response(
        request, servants.with_assignment().select_related("user"), f"letters-{found.public_id}.pdf"
    )


@require_POST
@archive_login_required
def servant_letter(request, public_id):
    """One servant's letter: activation, or a new password when they have one (their HR officer only)."""
    if not may_print_letters(request.user):
        record_refusal(request, "letter", public_id)
        raise Http404
    servants = access.dossiers_for(request.user).with_assignment().select_related("user")
    servant = _get_for_user(request, servants, public_id, "dossier")
    refusal = letter_refusal(servant)
    if refusal:
        messages.error(request, refusal)
        return redirect("archive:dossier", public_id=servant.public_id)
    return _letters_response(request, [servant], f"letter-{servant.matricule}.pdf")
