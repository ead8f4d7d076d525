from django import forms
from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline

from audit.admin import ReadOnlyAdmin
from ministries.admin_scoping import MinistryScopedAdmin, MinistryScopedMixin
from procedures import admin_form_errors, admin_views, edit_conflicts, services
from procedures.admin_views import conflict_message, conflicting_changes
from procedures.models import (
    Fee,
    LegalBasis,
    Procedure,
    RejectionReason,
    RequiredDocument,
    Revision,
    SearchLog,
    SearchTerm,
    Step,
    Theme,
)

PARKING_POSITION = 30_000


class OrderedInlineFormSet(forms.BaseInlineFormSet):
    """New rows are numbered after the existing ones, so a clerk need not type positions."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        used = [obj.position for obj in self.get_queryset()] if self.instance.pk else []
        next_position = max(used, default=0) + 1
        for form in self.extra_forms:
            form.initial.setdefault("position", next_position)
            next_position += 1

    def save(self, commit=True):
        # Swapping two rows' positions would clash with the (procedure, position) constraint halfway
        # through: park the moved rows on free positions first.
        moved = [
            form
            for form in self.initial_forms
            if "position" in form.changed_data and form not in self.deleted_forms and form.instance.pk
        ]
        if commit and moved:
            model = self.model
            for offset, form in enumerate(moved):
                model.objects.filter(pk=form.instance.pk).update(position=PARKING_POSITION + offset)
        if commit:
            self._renumber_new_rows()
        return super().save(commit)

    def _renumber_new_rows(self):
        """A new row whose position another person's row took meanwhile goes after the last row."""
        kept = {form.instance.pk: form.instance.position for form in self.initial_forms if form.instance.pk}
        deleted = {form.instance.pk for form in self.deleted_forms if form.instance.pk}
        taken = {
            kept.get(pk, position)
            for pk, position in self.model.objects.filter(**{self.fk.name: self.instance}).values_list(
                "pk", "position"
            )
            if pk not in deleted
        }
        for form in self.extra_forms:
            if not form.has_changed() or form in self.deleted_forms:
                continue
            if form.instance.position in taken:
                form.instance.position = max((p for p in taken if p < PARKING_POSITION), default=0) + 1
            taken.add(form.instance.position)


class OrderedInlineMixin(MinistryScopedMixin):
    formset = OrderedInlineFormSet
    extra = 1
    min_num = 0


class StepInline(OrderedInlineMixin, TranslationStackedInline):
    model = Step
    fields = [
        "position",
        "title",
        "description",
        "location",
        "handled_by",
        "expected_days",
        ("online", "optional", "parallel"),
    ]


class RequiredDocumentInline(OrderedInlineMixin, TranslationStackedInline):
    model = RequiredDocument
    fields = ["position", "name", ("originals", "copies", "certified"), "condition", "form"]


class FeeInline(OrderedInlineMixin, TranslationStackedInline):
    model = Fee
    fields = ["position", "label", "amount_bif", "payment_method"]


class RejectionReasonInline(OrderedInlineMixin, TranslationTabularInline):
    model = RejectionReason
    fields = ["position", "text"]


class LegalBasisInline(OrderedInlineMixin, TranslationStackedInline):
    model = LegalBasis
    fields = ["position", "kind", "reference", "title", "article", "enacted_on", "url", "document"]


class SearchTermInline(OrderedInlineMixin, admin.TabularInline):
    model = SearchTerm
    fields = ["position", "term"]
    verbose_name_plural = _("Other names and acronyms citizens search for (CNI, NIF, common misspellings…)")


class ProcedureAdminForm(forms.ModelForm):
    """Refuses a save based on an outdated version (ProcedureAdmin merges and sets `edit_conflict`)."""

    edit_conflict = None

    class Meta:
        model = Procedure
        fields = ["edit_version"]  # the admin adds the fields of its fieldsets
        widgets = {"edit_version": forms.HiddenInput}

    def clean(self):
        cleaned = super().clean()
        if self.edit_conflict is not None:
            raise ValidationError(self.edit_conflict["message"])
        return cleaned


class MainProceduresChangeList(ChangeList):
    """The list shows each procedure once: working copies are reached from their procedure."""

    def get_queryset(self, request, exclude_parameters=None):
        return super().get_queryset(request, exclude_parameters).filter(draft_of__isnull=True)


@admin.register(Procedure)
class ProcedureAdmin(MinistryScopedAdmin, TabbedTranslationAdmin):
    form = ProcedureAdminForm
    audited_by_services = True  # record_saved and procedure_discard write the audit events
    change_form_template = "admin/procedures/procedure/change_form.html"

    class Media:
        js = ["js/admin-error-tabs.js"]  # after modeltranslation's tabs: open the tab that holds an error

    # Fits a 1366 px laptop beside the admin's menu and filters: the state of the work (status, changes
    # submitted for review) comes right after the title; the slug is searched, not shown.
    list_display = [
        "title",
        "status",
        "pending_changes",
        "responsible_institution",
        "total_fee_display",
        "review_due_on",
    ]
    list_filter = ["status", ("institution", admin.RelatedOnlyFieldListFilter), "themes", "is_sample"]
    search_fields = ["slug", "title_rn", "title_fr", "title_en"]
    list_select_related = ["institution"]
    filter_horizontal = ["offices"]
    readonly_fields = [
        "status",
        "total_fee_display",
        "total_days_display",
        "published_at",
        "created_at",
        "updated_at",
    ]
    inlines = [
        StepInline,
        RequiredDocumentInline,
        FeeInline,
        RejectionReasonInline,
        LegalBasisInline,
        SearchTermInline,
    ]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "eligibility", "institution", "themes", "offices"]}),
        (_("After the procedure"), {"fields": ["validity", "renewal", "if_lost", "recourse"]}),
        (
            _("Totals (computed from the steps and fees)"),
            {"fields": ["total_fee_display", "total_days_display"]},
        ),
        (
            _("Publication"),
            {
                "fields": [
                    "status",
                    "last_reviewed_on",
                    "next_review_on",
                    "is_sample",
                    "published_at",
                    "created_at",
                    "updated_at",
                    "edit_version",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("fees", "working_copies")

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "is_reviewer": services.is_reviewer(request.user)}
        return super().changelist_view(request, extra_context)

    def get_changelist(self, request, **kwargs):
        return MainProceduresChangeList

    def get_urls(self):
        return admin_views.workflow_urls(self) + super().get_urls()

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "themes":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly.append("is_sample")
        if obj is not None and obj.pk:
            readonly.append("slug")  # the address stays the same in every language and version
        return readonly

    def has_change_permission(self, request, obj=None):
        # A public procedure's form may be filled in by those who may edit it, but what they save goes
        # to its working copy (change_view), never onto the published row.
        if obj is not None and obj.is_public and not services.can_edit(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        conflict = getattr(request, "edit_conflict", None)
        return type(form.__name__, (form,), {"edit_conflict": conflict}) if conflict else form

    def change_view(self, request, object_id, form_url="", extra_context=None):
        try:
            procedure = self.get_object(request, object_id)
        except Http404:
            # The change form of a proposal published or discarded meanwhile: keep what was typed.
            # (Another ministry's procedure still exists, and stays a plain 404.)
            gone = object_id.isdigit() and not Procedure.objects.filter(pk=object_id).exists()
            if request.method == "POST" and "edit_version" in request.POST and gone:
                return admin_views.unsaved_input(self, request)
            raise
        extra_context = {**(extra_context or {}), **admin_views.workflow_context(request, procedure)}
        if request.method != "POST":
            copy = services.procedure_edit_location(procedure=procedure, user=request.user)
            if copy is not None:
                return redirect("admin:procedures_procedure_change", copy.pk)
            return super().change_view(request, object_id, form_url, extra_context)
        with transaction.atomic():
            copy = services.procedure_edit_location(procedure=procedure, user=request.user, start=True)
            if copy is not None:  # the first save of changes to a public procedure starts its copy
                request.POST = admin_views.post_for_working_copy(request.POST, copy, self._prefixes(copy))
                procedure, object_id = copy, str(copy.pk)
            conflict = self._stale_save(request, procedure)
            if conflict is not None:
                request.edit_conflict = extra_context["edit_conflict"] = conflict
            response = super().change_view(request, object_id, form_url, extra_context)
            if response.status_code != 302:
                # The form came back with errors: a failed save leaves nothing behind, not even the
                # working copy it started (the form is shown again, built before the rollback).
                if hasattr(response, "render"):
                    response.render()
                transaction.set_rollback(True)
            return response

    def render_change_form(self, request, context, *args, **kwargs):
        context["error_summary"] = admin_form_errors.summary(
            context["adminform"].form, [inline.formset for inline in context.get("inline_admin_formsets", [])]
        )
        return super().render_change_form(request, context, *args, **kwargs)

    def _prefixes(self, procedure):
        return [
            inline.model._meta.get_field("procedure").remote_field.get_accessor_name()
            for inline in self.inlines
        ]

    def _stale_save(self, request, procedure):
        """When someone saved since this form was loaded: merge, and say what needs a choice."""
        current = Procedure.objects.select_for_update().get(pk=procedure.pk)
        request.POST = edit_conflicts.apply_choices(request.POST)
        loaded = request.POST.get("edit_version", "")
        if not loaded.isdigit() or int(loaded) == current.edit_version:
            return None
        merged = edit_conflicts.merge(
            request.POST,
            current=current,
            base_snapshot=admin_views.snapshot_at(current, int(loaded)),
            form_class=self.get_form(request, current, change=True),
            inline_forms={
                formset.get_default_prefix(): formset.form
                for formset, _inline in self.get_formsets_with_inlines(request, current)
            },
        )
        merged.data["edit_version"] = str(current.edit_version)
        request.POST = merged.data
        changes = conflicting_changes(current, int(loaded), current.edit_version)
        return {"message": conflict_message(changes, merged.clashes), "clashes": merged.clashes}

    def response_change(self, request, obj):
        response = super().response_change(request, obj)
        if "_continue" in request.POST and obj.is_working_copy:
            return redirect("admin:procedures_procedure_change", obj.pk)  # not the published row's page
        return response

    def save_model(self, request, obj, form, change):
        if change:
            obj.mark_edited()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.record_saved(procedure=form.instance, user=request.user, created=not change)

    def delete_model(self, request, obj):
        services.procedure_discard(procedure=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for procedure in queryset:
            services.procedure_discard(procedure=procedure, user=request.user)

    def has_delete_permission(self, request, obj=None):
        # Published procedures are withdrawn, not deleted; drafts and working copies may be discarded.
        if obj is not None and obj.is_public:
            return request.user.is_superuser and super().has_delete_permission(request, obj)
        return super().has_delete_permission(request, obj)

    def response_delete(self, request, obj_display, obj_id):
        return redirect("admin:procedures_procedure_changelist")

    @admin.display(description=_("responsible institution"), ordering="institution")
    def responsible_institution(self, procedure):
        # A callable, not the foreign key itself, which the admin would keep on one line (class nowrap).
        return procedure.institution

    @admin.display(description=_("pending changes"))
    def pending_changes(self, procedure):
        copies = list(procedure.working_copies.all())
        # A copy opened but never saved (edit_version 1, still a draft) is not a change yet.
        if not copies or (copies[0].edit_version == 1 and copies[0].status == Procedure.Status.DRAFT):
            return "–"
        return copies[0].get_status_display()

    @admin.display(description=_("total fees (BIF)"))
    def total_fee_display(self, procedure):
        if procedure.pk is None:
            return "–"
        total = procedure.total_fee_bif
        return number_format(total, force_grouping=True) if total else _("Free")

    @admin.display(description=_("total expected time (days)"))
    def total_days_display(self, procedure):
        return procedure.total_days if procedure.pk else "–"

    @admin.display(description=_("next review"))
    def review_due_on(self, procedure):
        due = procedure.review_due_on
        return date_format(due, "SHORT_DATE_FORMAT") if due else "–"  # short: the list fits 1366 px


@admin.register(Theme)
class ThemeAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name_rn", "name_fr", "name_en", "slug"]


@admin.register(SearchLog)
class SearchLogAdmin(admin.ModelAdmin):
    """What citizens searched for and did not find: a to-do list of synonyms and content to add."""

    list_display = ["query", "language", "result_count", "times", "day"]
    list_filter = ["language", "result_count", "day"]
    search_fields = ["query"]
    date_hierarchy = "day"
    ordering = ["-times", "-day"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Revision)
class RevisionAdmin(ReadOnlyAdmin):
    list_display = ["procedure", "action", "author", "created_at"]
    list_filter = ["action"]
    search_fields = ["procedure__slug"]
