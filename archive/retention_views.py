"""The archivists' disposition page: what has passed its retention period (to propose for destruction),
and the proposals waiting for a second archivist (to approve or reject). Anyone else gets a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from archive.models import DestructionRecord
from archive.retention import (
    destruction_approve,
    destruction_propose,
    destruction_reject,
    disposition_list,
    is_archivist,
)
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
    context = {
        "due": due[:LIST_LIMIT],
        "more": len(due) > LIST_LIMIT,
        "waiting": waiting,
        "decided": decided,
    }
    response = render(request, "archive/disposition.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


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
