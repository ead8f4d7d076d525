"""Admin pages of the editorial workflow: submit, review queue, side-by-side diff, history, restore."""

import re

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ministries.roles import scope_queryset
from page_cache.headers import keep_out_of_cache
from procedures import page_parts, services
from procedures.models import Procedure, Revision
from procedures.revisions import diff_snapshots, take_snapshot
from review.models import Proposal


def workflow_urls(model_admin):
    def route(pattern, view, name):
        # The views take the ModelAdmin first; the admin site adds login and permission checks.
        def bound(request, **kwargs):
            return view(model_admin, request, **kwargs)

        return path(pattern, model_admin.admin_site.admin_view(bound), name=f"procedures_procedure_{name}")

    return [
        route("review-queue/", review_queue, "queue"),
        route("overdue/", overdue, "overdue"),
        route("<path:object_id>/submit/", submit, "submit"),
        route("<path:object_id>/review/", review, "review"),
        route("<path:object_id>/preview/", preview, "preview"),
        route("<path:object_id>/revisions/", revisions, "revisions"),
        route("<path:object_id>/publication/", publication, "publication"),
        route("revision/<int:revision_id>/", revision_detail, "revision"),
    ]


def workflow_context(request, procedure):
    published = procedure.original
    return {
        "published_procedure": published,
        "is_reviewer": services.is_reviewer(request.user),
        "can_edit": services.can_edit(request.user, published),
    }


def _procedure_for(model_admin, request, object_id):
    procedure = model_admin.get_object(request, unquote(object_id))
    if procedure is None:
        raise Http404
    return procedure


def _render(model_admin, request, template, context):
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        **context,
    }
    return TemplateResponse(request, template, context)


# --- Conflicts ----------------------------------------------------------------------------------

# Form keys that carry no content the clerk typed.
_NOT_TYPED = ("csrfmiddlewaretoken", "edit_version", "_save", "_continue", "_addanother")
_NOT_TYPED_SUFFIXES = (
    "-id",
    "-procedure",
    "-DELETE",
    "-TOTAL_FORMS",
    "-INITIAL_FORMS",
    "-MIN_NUM_FORMS",
    "-MAX_NUM_FORMS",
    "-position",
)


_ROW_KEY = re.compile(r"^(?P<prefix>[a-z_]+)-(?P<number>\d{1,4})-(?P<name>\w+)$")


def typed_input(post):
    """What a clerk typed into a procedure's change form, as (where, field, text) rows they can read.

    Any key is shown back: the browser's hidden template rows (`steps-__prefix__-…`) are skipped, and a
    key that is not one of our inline rows is shown as it came rather than guessed at.
    """
    rows = []
    for key, values in post.lists():
        text = " / ".join(value for value in values if value.strip())
        if not text or key in _NOT_TYPED or key.endswith(_NOT_TYPED_SUFFIXES) or "-__prefix__-" in key:
            continue
        row = _ROW_KEY.match(key)
        model = _related_model(row["prefix"]) if row else None
        if row and model is not None:  # a row of an inline: legal_bases-0-title_fr
            where = f"{model._meta.verbose_name_plural.capitalize()} {int(row['number']) + 1}"
            rows.append((where, _label(model, row["name"]), text))
        elif "-" in key:
            rows.append(("", key, text))
        else:
            rows.append(("", _label(Procedure, key), text))
    return rows


def _related_model(related_name):
    try:
        field = Procedure._meta.get_field(related_name)
    except FieldDoesNotExist:  # a key no form of ours has: shown as it came
        return None
    return field.related_model if field.one_to_many else None


def _label(model, name):
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def unsaved_input(model_admin, request):
    """A change form posted for a proposal that no longer exists (a reviewer published or someone
    discarded it meanwhile): nothing is saved, but everything typed is shown back, so nothing is lost."""
    response = _render(
        model_admin,
        request,
        "admin/procedures/procedure/unsaved.html",
        {"title": _("Your changes were not saved"), "rows": typed_input(request.POST)},
    )
    response.status_code = 409
    return response


def snapshot_at(procedure, edit_version):
    """The content `procedure` had at `edit_version`, from its history (None when not recorded)."""
    revision = (
        Revision.objects.filter(procedure=procedure.original, edit_version=edit_version)
        .order_by("-created_at", "-pk")
        .first()
    )
    return revision.snapshot if revision else None


def conflicting_changes(procedure, loaded_version, current_version):
    """What was saved by someone else between the version a form was loaded from and now."""
    revisions = Revision.objects.filter(procedure=procedure.original)
    base = snapshot_at(procedure, loaded_version)
    latest = revisions.filter(edit_version=current_version).order_by("-created_at").first()
    current_snapshot = latest.snapshot if latest else take_snapshot(Procedure.objects.get(pk=procedure.pk))
    changes = diff_snapshots(base, current_snapshot) if base else []
    return {
        "author": latest.author if latest else None,
        "at": latest.created_at if latest else None,
        "changes": changes,
    }


def conflict_message(conflict, clashes=()):
    details = "; ".join(
        f"{c['field']}{' (' + c['language'] + ')' if c['language'] else ''}: {c['old']} → {c['new']}"
        for c in conflict["changes"][:8]
    )
    when = timezone.localtime(conflict["at"]).strftime("%H:%M") if conflict["at"] else "?"
    message = _(
        "%(user)s saved this procedure at %(time)s while you were editing it. Their changes: %(changes)s. "
        "Nothing was overwritten: the form now holds their changes and everything else you typed."
    ) % {"user": conflict["author"] or _("someone"), "time": when, "changes": details or _("(none visible)")}
    if clashes:
        message += " " + _(
            "You both changed the fields listed above the form: theirs is kept unless you tick "
            "“keep mine”. Check, then save again."
        )
    else:
        message += " " + _("Check it, then save again.")
    return message


def post_for_working_copy(post, copy, prefixes):
    """A form filled in on the published procedure, made to save onto its working copy instead.

    Each posted row is the copy's row with the same identity (`key`) as the published row it was
    loaded from, never another row at the same place; a posted row the copy no longer has (someone
    removed it meanwhile) gets no id, and the conflict merge lists what was typed into it.
    The loaded version becomes the copy's first one, so a copy someone else saved since is a conflict.
    """
    data = post.copy()
    data["edit_version"] = str(WORKING_COPY_FIRST_VERSION)
    original = copy.original
    for prefix in prefixes:
        keys = dict(getattr(original, prefix).values_list("pk", "key"))
        copied = {key: pk for pk, key in getattr(copy, prefix).values_list("pk", "key")}
        for key in [k for k in data if k.startswith(f"{prefix}-") and k.endswith("-id")]:
            posted = int(data[key]) if data[key].isdigit() and len(data[key]) < 19 else None
            if posted in copied.values():  # a form loaded from the copy itself
                continue
            pk = copied.get(keys.get(posted))
            data[key] = str(pk) if pk is not None else ""
        for key in data:
            if key.startswith(f"{prefix}-") and key.endswith("-procedure"):
                data[key] = str(copy.pk)
    return data


WORKING_COPY_FIRST_VERSION = 1


# --- Submitting ---------------------------------------------------------------------------------


class SubmitForm(forms.Form):
    change_note_rn = forms.CharField(
        label=gettext_lazy("Public change note (Kirundi)"), max_length=300, required=False
    )
    change_note_fr = forms.CharField(
        label=gettext_lazy("Public change note (French)"), max_length=300, required=False
    )
    change_note_en = forms.CharField(
        label=gettext_lazy("Public change note (English)"), max_length=300, required=False
    )
    minor = forms.BooleanField(
        label=gettext_lazy("Minor change (spelling, layout): no public note"), required=False
    )

    def note(self):
        return {code: self.cleaned_data[f"change_note_{code}"] for code in ("rn", "fr", "en")}


def submit(model_admin, request, object_id):
    procedure = _procedure_for(model_admin, request, object_id)
    if not services.can_edit(request.user, procedure.original):
        raise PermissionDenied
    form = SubmitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.procedure_submit(
                procedure=procedure,
                user=request.user,
                change_note=form.note(),
                minor=form.cleaned_data["minor"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Submitted for review. The public page stays as it is until a reviewer approves.")
            )
            return redirect("admin:procedures_procedure_changelist")
    return _render(
        model_admin,
        request,
        "admin/procedures/procedure/submit.html",
        {
            "title": _("Submit for review: %(title)s") % {"title": procedure.title},
            "procedure": procedure,
            "form": form,
            "changes": diff_snapshots(_published_snapshot(procedure), take_snapshot(procedure)),
        },
    )


def _published_snapshot(procedure):
    if procedure.is_working_copy:
        return take_snapshot(procedure.original)
    return None


# --- Reviewing ----------------------------------------------------------------------------------


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", gettext_lazy("Approve")), ("return", gettext_lazy("Return"))]
    )
    reviewed_version = forms.IntegerField(widget=forms.HiddenInput)
    publish_on = forms.DateField(
        label=gettext_lazy("Publish on (leave empty to publish now)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    comment = forms.CharField(
        label=gettext_lazy("Comment for the clerk"), widget=forms.Textarea, required=False
    )


def review_queue(model_admin, request):
    if not services.is_reviewer(request.user):
        raise PermissionDenied
    waiting = Procedure.objects.awaiting_review()
    return _render(
        model_admin,
        request,
        "admin/procedures/procedure/queue.html",
        {
            "title": _("Changes waiting for review"),
            "waiting": waiting,
            "proposals": Proposal.objects.waiting(),  # offices, institutions, forms: one queue
        },
    )


def preview(model_admin, request, object_id):
    """The page as citizens will see it once the change is approved (reviewers only; others a 404)."""
    if not services.is_reviewer(request.user):
        raise Http404
    procedure = _procedure_for(model_admin, request, object_id)
    with transaction.atomic():  # nothing a page reads may write; if it ever does, it is undone
        page = page_parts.preview_page(procedure)
        content = render_to_string(
            "procedures/procedure.html",
            {
                "page": page,
                "procedure": Procedure(pk=page.pk, slug=page.slug),
                "review_url": reverse("admin:procedures_procedure_review", args=[procedure.pk]),
            },
            request=request,
        )
        transaction.set_rollback(True)
    response = HttpResponse(content)
    keep_out_of_cache(response)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def review(model_admin, request, object_id):
    procedure = _procedure_for(model_admin, request, object_id)
    if not services.is_reviewer(request.user):
        raise PermissionDenied
    form = ReviewForm(request.POST or None, initial={"reviewed_version": procedure.edit_version})
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == "approve":
                services.procedure_approve(
                    procedure=procedure,
                    user=request.user,
                    reviewed_version=form.cleaned_data["reviewed_version"],
                    publish_on=form.cleaned_data["publish_on"],
                )
                messages.success(request, _("Approved."))
            else:
                services.procedure_return(
                    procedure=procedure, user=request.user, comment=form.cleaned_data["comment"]
                )
                messages.success(request, _("Returned to the clerk."))
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, error.messages if isinstance(error, ValidationError) else str(error))
        else:
            return redirect("admin:procedures_procedure_queue")
    return _render(
        model_admin,
        request,
        "admin/procedures/procedure/review.html",
        {
            "title": _("Review: %(title)s") % {"title": procedure.title},
            "procedure": procedure,
            "form": form,
            "changes": diff_snapshots(_published_snapshot(procedure), take_snapshot(procedure)),
            "change_note": Revision.objects.change_note_for(procedure),
            "own_change": procedure.submitted_by_id == request.user.pk,
        },
    )


# --- History ------------------------------------------------------------------------------------


def revisions(model_admin, request, object_id):
    procedure = _procedure_for(model_admin, request, object_id).original
    return _render(
        model_admin,
        request,
        "admin/procedures/procedure/revisions.html",
        {
            "title": _("History of %(title)s") % {"title": procedure.title},
            "procedure": procedure,
            "revisions": procedure.revisions.select_related("author"),
            "can_edit": services.can_edit(request.user, procedure),
        },
    )


def revision_detail(model_admin, request, revision_id):
    revision = get_object_or_404(
        Revision.objects.select_related("procedure", "author"), pk=revision_id, procedure__isnull=False
    )
    procedure = revision.procedure
    if not scope_queryset(Procedure.objects.filter(pk=procedure.pk), request.user).exists():
        raise Http404
    if request.method == "POST":
        copy = services.revision_restore(revision=revision, user=request.user)
        messages.success(request, _("The earlier version is now a draft: check it and submit it for review."))
        return redirect("admin:procedures_procedure_change", copy.pk)
    return _render(
        model_admin,
        request,
        "admin/procedures/procedure/revision.html",
        {
            "title": _("Version of %(date)s")
            % {"date": timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M")},
            "revision": revision,
            "procedure": procedure,
            "changes": diff_snapshots(take_snapshot(procedure), revision.snapshot),
            "can_edit": services.can_edit(request.user, procedure),
        },
    )


# --- Publication and freshness ------------------------------------------------------------------


class PublicationForm(forms.Form):
    replaced_by = forms.ModelChoiceField(
        label=gettext_lazy("Replaced by"), queryset=Procedure.objects.published(), required=False
    )


def publication(model_admin, request, object_id):
    """Withdraw a published procedure, or offer a withdrawn one again (reviewers)."""
    procedure = _procedure_for(model_admin, request, object_id).original
    if not services.is_reviewer(request.user):
        raise PermissionDenied
    form = PublicationForm(request.POST or None)
    form.fields["replaced_by"].queryset = Procedure.objects.published().exclude(pk=procedure.pk)
    if request.method == "POST" and form.is_valid():
        try:
            if procedure.status == Procedure.Status.PUBLISHED:
                services.procedure_withdraw(
                    procedure=procedure, user=request.user, replaced_by=form.cleaned_data["replaced_by"]
                )
                messages.success(request, _("Withdrawn: its page now says it is no longer offered."))
            else:
                services.procedure_republish(procedure=procedure, user=request.user)
                messages.success(request, _("Offered again."))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("admin:procedures_procedure_changelist")
    return _render(
        model_admin,
        request,
        "admin/procedures/procedure/publication.html",
        {
            "title": procedure.title,
            "procedure": procedure,
            "form": form,
        },
    )


def overdue(model_admin, request):
    if not services.is_reviewer(request.user):
        raise PermissionDenied
    procedures = Procedure.objects.overdue().select_related("institution__parent").order_by("next_review_on")
    grouped = {}
    for procedure in procedures:
        grouped.setdefault(procedure.institution.ministry, []).append(procedure)
    return _render(
        model_admin,
        request,
        "admin/procedures/procedure/overdue.html",
        {
            "title": _("Procedures due for review"),
            "grouped": sorted(grouped.items(), key=lambda item: -len(item[1])),
        },
    )
