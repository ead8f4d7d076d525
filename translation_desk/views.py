"""The translation desk in the admin: figures per ministry and language, the texts needing work, the
translators' files out and back in (with a preview before anything is proposed)."""

import hashlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from ministries.roles import is_reviewer
from translation_desk import catalogue, exchange, services
from translation_desk.access import THEMES, get_language, get_ministry_for_user, ministries_for
from translation_desk.forms import ImportForm
from translations.state import languages

PREVIEW_KEY = "translation_desk_import"


def _context(request, title, **extra):
    from django.contrib import admin

    return {**admin.site.each_context(request), "title": title, "languages": languages(), **extra}


@require_safe
def overview(request):
    language = request.GET.get("language")
    language = language if language in languages() else "rn"
    rows = [catalogue.figures(ministry, language) for ministry in ministries_for(request.user)]
    if is_reviewer(request.user):
        rows.append(catalogue.figures(None, language))
    context = _context(request, _("Translations"), rows=rows, language=language, themes=THEMES)
    return render(request, "translation_desk/overview.html", context)


@require_safe
def ministry_page(request, slug, language):
    ministry = get_ministry_for_user(request.user, slug)
    language = get_language(language)
    waiting = services.waiting_for_review()
    todo = [
        (item, services.record_key(item.obj) in waiting)
        for item in catalogue.items(ministry, language)
        if catalogue.needs_work(item)
    ]
    context = _context(
        request,
        _("Translations: %(ministry)s") % {"ministry": catalogue.figures(ministry, language).name},
        ministry=ministry,
        slug=slug,
        language=language,
        items=todo,
        waiting=sum(1 for _item, is_waiting in todo if is_waiting),
        form=ImportForm(),
        can_exchange=ministry is not None,
    )
    return render(request, "translation_desk/ministry.html", context)


@require_safe
def export(request, slug, language, file_format):
    ministry = get_ministry_for_user(request.user, slug)
    language = get_language(language)
    if file_format not in ("xliff", "po"):
        raise Http404
    if ministry is None:
        return redirect("translation_desk:ministry", slug=slug, language=language)
    document = services.export_document(ministry=ministry, language=language)
    if file_format == "xliff":
        body, content_type, extension = exchange.write_xliff(document), "application/xliff+xml", "xlf"
    else:
        body, content_type, extension = exchange.write_po(document), "text/x-gettext-translation", "po"
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    name = f"isoko-{slugify(ministry.slug)}-{document.source_language}-{language}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_http_methods(["POST"])
def import_file(request, slug, language):
    """Step 1: check the file and show what it would change; step 2 (confirm): propose it for review."""
    ministry = get_ministry_for_user(request.user, slug)
    language = get_language(language)
    back = reverse("translation_desk:ministry", kwargs={"slug": slug, "language": language})
    if ministry is None:
        return redirect(back)
    if "confirm" in request.POST:
        return _confirm(request, ministry, language, back)
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _refused(
            request, ministry, slug, language, [e for errors in form.errors.values() for e in errors]
        )
    content = form.cleaned_data["file"].read()
    try:
        services.require_importer(request.user, ministry)
        changes = services.check_import(ministry=ministry, language=language, content=content)
    except (ValidationError, PermissionDenied) as error:
        return _refused(request, ministry, slug, language, _messages(error))
    text = content.decode("utf-8-sig")
    request.session[PREVIEW_KEY] = {"slug": slug, "language": language, "content": text}
    context = _context(
        request,
        _("What this file changes"),
        slug=slug,
        language=language,
        changes=changes,
        digest=hashlib.sha256(text.encode()).hexdigest(),
    )
    return render(request, "translation_desk/preview.html", context)


def _confirm(request, ministry, language, back):
    pending = request.session.get(PREVIEW_KEY) or {}
    text = pending.get("content", "")
    if (
        pending.get("slug") != ministry.slug
        or pending.get("language") != language
        or hashlib.sha256(text.encode()).hexdigest() != request.POST.get("digest")
    ):
        messages.error(request, _("This preview has expired: send the file again."))
        return redirect(back)
    try:
        proposed = services.import_translations(
            ministry=ministry, language=language, content=text, user=request.user
        )
    except (ValidationError, PermissionDenied) as error:
        return _refused(request, ministry, ministry.slug, language, _messages(error))
    del request.session[PREVIEW_KEY]
    messages.success(
        request,
        _("%(count)d changes were proposed; a reviewer will see them in the review queue.")
        % {"count": len(proposed)},
    )
    return redirect(back)


def _messages(error):
    return error.messages if isinstance(error, ValidationError) else [str(error)]


def _refused(request, ministry, slug, language, errors):
    context = _context(request, _("This file was refused"), slug=slug, language=language, errors=errors)
    return render(request, "translation_desk/refused.html", context, status=400)
