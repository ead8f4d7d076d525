"""The admin side of review: reviewed ModelAdmins propose instead of saving; reviewers decide."""

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, transaction
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.admin import ReadOnlyAdmin
from review import preview, readable, services, snapshots
from review.models import Proposal


class ReviewedAdminMixin:
    """For the ModelAdmin of content citizens read: saving or deleting proposes the change.

    The admin saves as usual inside a savepoint, so every check, inline and upload runs as it always
    does; the saved result is taken as the proposal and the savepoint rolled back. A reviewer's
    approval applies it (review/services.py). An uploaded file stays in storage, unreferenced by any
    public row until then.
    """

    change_form_template = "admin/review/change_form.html"
    audited_by_services = True  # each proposal, approval and return is in the audit log

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        waiting = self._waiting(object_id)
        if request.method == "POST" and waiting is not None:
            messages.error(
                request, _("A change to this is already waiting for review: wait for the decision.")
            )
            return redirect(request.path)
        extra_context = {**(extra_context or {}), "waiting_proposal": waiting}
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _waiting(self, object_id):
        if not object_id:
            return None
        content_type = ContentType.objects.get_for_model(self.model)
        return Proposal.objects.waiting().filter(content_type=content_type, object_id=str(object_id)).first()

    def save_model(self, request, obj, form, change):
        request.review_savepoint = transaction.savepoint()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        obj = form.instance
        proposed, object_repr = snapshots.take(obj), str(obj)
        transaction.savepoint_rollback(request.review_savepoint)
        request.review_proposal = services.proposal_submit(
            model=self.model,
            obj=self.model._default_manager.get(pk=obj.pk) if change else None,
            kind=Proposal.Kind.CHANGE if change else Proposal.Kind.CREATE,
            proposed=proposed,
            user=request.user,
            object_repr=object_repr,
        )

    def delete_model(self, request, obj):
        if self._waiting(obj.pk) is not None:
            raise PermissionDenied(_("A change to this is already waiting for review."))
        request.review_proposal = services.proposal_submit(
            model=self.model,
            obj=obj,
            kind=Proposal.Kind.DELETE,
            proposed=None,
            user=request.user,
            object_repr=str(obj),
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # each deletion is proposed from the object's own page
        return actions

    def log_deletions(self, request, queryset):
        return None  # nothing is deleted yet: the proposal is in the audit log instead

    def response_add(self, request, obj, post_url_continue=None):
        return self._proposed(request)

    def response_change(self, request, obj):
        return self._proposed(request)

    def response_delete(self, request, obj_display, obj_id):
        return self._proposed(request)

    def _proposed(self, request):
        messages.success(request, _("Sent for review. Citizens see the change once a reviewer approves it."))
        opts = self.model._meta
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_changelist")

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise Http404
        history = [
            (proposal, snapshots.diff(self.model, proposal.base, proposal.proposed))
            for proposal in Proposal.objects.for_object(obj)
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("History of %(object)s") % {"object": obj},
            "object": obj,
            "history": history,
            "can_restore": self.has_change_permission(request, obj),
        }
        return TemplateResponse(request, "admin/review/history.html", context)


class DecisionForm(forms.Form):
    # Chosen by the button pressed ("Approve and publish" / "Return to the clerk"): no JavaScript needed
    # for the button to say what it does.
    decision = forms.ChoiceField(
        label=gettext_lazy("Decision"),
        choices=[("approve", gettext_lazy("Approve")), ("return", gettext_lazy("Return"))],
        widget=forms.HiddenInput,
    )
    comment = forms.CharField(
        label=gettext_lazy("Comment for the clerk"), widget=forms.Textarea, required=False
    )


@admin.register(Proposal)
class ProposalAdmin(ReadOnlyAdmin):
    """The review queue of offices, institutions and forms; each page shows the diff and the decision."""

    list_display = ["object_repr", "content_type", "kind", "status", "author", "created_at"]
    list_filter = ["status", "kind", "content_type"]
    search_fields = ["object_repr"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("content_type", "author")
        return queryset if services.may_review(request.user) else queryset.filter(author=request.user)

    def get_urls(self):
        restore = self.admin_site.admin_view(self.restore_view)
        preview = self.admin_site.admin_view(self.preview_view)
        opened = self.admin_site.admin_view(self.file_view)
        return [
            path("<int:proposal_id>/restore/", restore, name="review_proposal_restore"),
            path("<int:proposal_id>/preview/", preview, name="review_proposal_preview"),
            path(
                "<int:proposal_id>/file/<str:rows>/<int:index>/<str:field>/",
                opened,
                name="review_proposal_file",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        proposal = self.get_object(request, object_id)
        if proposal is None or not self.has_view_permission(request, proposal):
            raise Http404
        form = DecisionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                if form.cleaned_data["decision"] == "approve":
                    services.proposal_approve(proposal=proposal, user=request.user)
                    messages.success(request, _("Approved: it is public now."))
                else:
                    services.proposal_return(
                        proposal=proposal, user=request.user, comment=form.cleaned_data["comment"]
                    )
                    messages.success(request, _("Returned to the clerk."))
            except (ValidationError, PermissionDenied) as error:
                form.add_error(None, error.messages if isinstance(error, ValidationError) else str(error))
            else:
                return redirect("admin:review_proposal_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": str(proposal),
            "proposal": proposal,
            "changes": readable.changes(proposal.model, proposal.base, proposal.proposed),
            "files": readable.files(proposal.model, proposal.base, proposal.proposed),
            "can_preview": proposal.proposed is not None and hasattr(proposal.model, "get_absolute_url"),
            "form": form if services.may_review(request.user) and proposal.status == "submitted" else None,
            "own_change": proposal.author_id == request.user.pk,
        }
        return TemplateResponse(request, "admin/review/proposal/review.html", context)

    def _visible(self, request, proposal_id):
        proposal = self.get_queryset(request).filter(pk=proposal_id).first()
        if proposal is None or not self.has_view_permission(request, proposal):
            raise Http404
        return proposal

    def preview_view(self, request, proposal_id):
        """The public page as citizens will see it once the proposal is approved."""
        proposal = self._visible(request, proposal_id)
        try:
            content = preview.render(request, proposal)
        except (preview.NoPreview, ValidationError, DatabaseError):  # e.g. the proposal no longer fits
            messages.error(request, _("This change has no public page to preview."))
            return redirect("admin:review_proposal_change", proposal.pk)
        response = HttpResponse(preview.with_banner(content, proposal))
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    def file_view(self, request, proposal_id, rows, index, field):
        """A file the proposal brings (a new form version), opened before deciding."""
        proposal = self._visible(request, proposal_id)
        try:
            handle, content_type, name = readable.open_file(
                proposal.model, proposal.proposed, rows, index, field
            )
        except LookupError as error:
            raise Http404 from error
        response = FileResponse(handle, content_type=content_type, as_attachment=False, filename=name)
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        return response

    def restore_view(self, request, proposal_id):
        if request.method != "POST":
            raise Http404
        proposal = get_object_or_404(Proposal, pk=proposal_id)
        model_admin = self.admin_site._registry.get(proposal.model)
        target = (
            model_admin.get_queryset(request).filter(pk=proposal.object_id).first() if model_admin else None
        )
        if target is None:
            raise Http404
        if not model_admin.has_change_permission(request, target):
            raise PermissionDenied
        try:
            services.proposal_restore(
                proposal=proposal, user=request.user, state=request.POST.get("state", "base")
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The earlier version is proposed again, for review."))
        opts = proposal.model._meta
        return redirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[target.pk]))
