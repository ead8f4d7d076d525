"""The archivists' disposition page: what has passed its retention period (to propose for destruction),
and the proposals waiting for a second archivist (to approve or reject). Anyone else gets a 404."""

import uuid
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from archive import access
from archive.models import DestructionRecord, Document, LegalHold
from archive.retention import (
    destruction_approve,
    destruction_propose,
    destruction_reject,
    disposition_list,
    hold_place,
    holds_on,
    is_archivist,
)
from archive.search import search_servants
from archive.trail import record_refusal

LIST_LIMIT = 200


def _archivist_only(request):
    if not is_archivist(request.user):
        record_refusal(request, "disposition", "")
        raise Http404


@login_required
def disposition(request):
    _archivist_only(request)
    due = list(disposition_list()[: LIST_LIMIT + 1])
    waiting = DestructionRecord.objects.filter(state=DestructionRecord.State.PROPOSED).select_related(
        "proposed_by"
    )
    decided = DestructionRecord.objects.exclude(state=DestructionRecord.State.PROPOSED).select_related(
        "proposed_by", "decided_by"
    )[:50]
    waiting = list(waiting.select_related("document__servant"))
    held = holds_on([destruction.document for destruction in waiting])
    for destruction in waiting:
        destruction.holds = held[destruction.document_id]
    context = {
        "due": due[:LIST_LIMIT],
        "more": len(due) > LIST_LIMIT,
        "waiting": waiting,
        "decided": decided,
        "holds": LegalHold.objects.active().select_related("servant", "document__servant", "placed_by")[:100],
    }
    return _private(render(request, "archive/disposition.html", context))


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


def _chosen_proposals(request, values):
    """The proposals named in `values` that this archivist may decide, each with the holds that stop it."""
    chosen = [value for value in values[:LIST_LIMIT] if _is_uuid(value)]
    proposals = list(
        DestructionRecord.objects.filter(pk__in=chosen, state=DestructionRecord.State.PROPOSED)
        .exclude(proposed_by=request.user)
        .select_related("proposed_by", "document__servant", "document__document_type__retention_rule")
    )
    held = holds_on([destruction.document for destruction in proposals])
    for destruction in proposals:
        destruction.holds = held[destruction.document_id]
    return proposals


def _is_uuid(value):
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


@login_required
def review(request):
    """The confirmation page: the chosen documents, their rule and any hold, before anything is destroyed."""
    _archivist_only(request)
    proposals = _chosen_proposals(request, request.GET.getlist("destruction"))
    if not proposals:
        messages.error(request, _("Choose at least one proposal to review."))
        return redirect("archive:disposition")
    context = {
        "proposals": proposals,
        "destroyable": [destruction for destruction in proposals if not destruction.holds],
        "held": [destruction for destruction in proposals if destruction.holds],
    }
    return _private(render(request, "archive/disposition_review.html", context))


@require_POST
@login_required
def decide_many(request):
    """Destroy or keep the documents confirmed on the review page; a held one is never destroyed."""
    _archivist_only(request)
    decision = {"approve": destruction_approve, "reject": destruction_reject}.get(
        request.POST.get("decision")
    )
    proposals = _chosen_proposals(request, request.POST.getlist("destruction"))
    if decision is None or not proposals:
        messages.error(request, _("Choose to approve the destruction or to keep the document."))
        return redirect("archive:disposition")
    done, refused = 0, []
    for destruction in proposals:
        try:
            decision(destruction=destruction, user=request.user, note=request.POST.get("note", "")[:2000])
        except ValidationError as error:
            refused.append(f"{destruction.described.get('title', '')}: {' '.join(error.messages)}")
        else:
            done += 1
    if decision is destruction_approve:
        text = ngettext(
            "%(count)d document was destroyed; its destruction record is kept.",
            "%(count)d documents were destroyed; their destruction records are kept.",
            done,
        )
    else:
        text = ngettext(
            "%(count)d document is kept; the rejected proposal is recorded.",
            "%(count)d documents are kept; the rejected proposals are recorded.",
            done,
        )
    messages.success(request, text % {"count": done})
    for problem in refused:
        messages.error(request, problem)
    return redirect("archive:disposition")


@login_required
def holds(request):
    """Place a legal hold: find the servant by matricule or name (or a document by its words), then hold
    their whole file or one document, saying why."""
    _archivist_only(request)
    query = request.GET.get("q", "")[:200].strip()
    servants = []
    if query:
        found = search_servants(access.dossiers_for(request.user), query)[:20]
        servants = list(found.prefetch_related(Prefetch("documents", queryset=Document.objects.kept())))
    return _private(render(request, "archive/holds.html", {"query": query, "servants": servants}))


def _uuid_or_none(value):
    return value if _is_uuid(value) else None


@require_POST
@login_required
def hold_new(request):
    _archivist_only(request)
    servants = access.dossiers_for(request.user)
    servant_id = _uuid_or_none(request.POST.get("servant", ""))
    document_id = _uuid_or_none(request.POST.get("document", ""))
    servant = servants.filter(public_id=servant_id).first() if servant_id else None
    document = (
        Document.objects.kept().filter(servant__in=servants, public_id=document_id).first()
        if document_id
        else None
    )
    try:
        if (servant is None) == (document is None):
            raise ValidationError(_("Choose a file or a document and say why it is held."))
        hold_place(
            user=request.user,
            reason=request.POST.get("reason", "")[:2000],
            servant=servant,
            document=document,
        )
    except ValidationError:
        messages.error(request, _("Choose a file or a document and say why it is held."))
        return redirect(f"{reverse('archive:holds')}?q={quote(request.POST.get('q', '')[:200])}")
    messages.success(
        request, _("The legal hold is placed: nothing it covers can be destroyed until it is lifted.")
    )
    return redirect("archive:disposition")


@require_POST
@login_required
def propose(request):
    _archivist_only(request)
    chosen = request.POST.getlist("document")[:LIST_LIMIT]
    documents = [d for d in disposition_list() if str(d.public_id) in chosen]
    made = destruction_propose(documents=documents, user=request.user, request=request)
    messages.success(
        request,
        ngettext(
            "%(count)d document proposed for destruction: a second archivist must now review it.",
            "%(count)d documents proposed for destruction: a second archivist must now review them.",
            len(made),
        )
        % {"count": len(made)},
    )
    return redirect("archive:disposition")


@require_POST
@login_required
def decide(request, pk):
    _archivist_only(request)
    destruction = DestructionRecord.objects.filter(pk=pk, state=DestructionRecord.State.PROPOSED).first()
    if destruction is None:
        record_refusal(request, "destruction", pk)
        raise Http404
    decisions = {"approve": destruction_approve, "reject": destruction_reject}
    decision = decisions.get(request.POST.get("decision", ""))
    if decision is None:
        messages.error(request, _("Choose to approve the destruction or to keep the document."))
        return redirect("archive:disposition")
    try:
        decision(
            destruction=destruction,
            user=request.user,
            note=request.POST.get("note", "")[:2000],
            request=request,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if decision is destruction_approve:
            messages.success(request, _("The document was destroyed; the destruction record is kept."))
        else:
            messages.success(request, _("The document is kept; the rejected proposal is recorded."))
    return redirect("archive:disposition")
