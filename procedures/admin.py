from django import forms
from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline

from audit.admin import ReadOnlyAdmin
from ministries.admin_scoping import MinistryScopedAdmin, MinistryScopedMixin
from procedures import admin_views, services
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
        return super().save(commit)


class OrderedInlineMixin(MinistryScopedMixin):
    formset = OrderedInlineFormSet
    extra = 1
    min_num = 0


class StepInline(OrderedInlineMixin, TranslationStackedInline):
    model = Step
    fields = ["position", "title", "description", "location", "handled_by", "expected_days"]


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
    """Refuses a save based on an outdated version, showing what the other person changed."""

    class Meta:
        model = Procedure
        fields = ["edit_version"]  # the admin adds the fields of its fieldsets
        widgets = {"edit_version": forms.HiddenInput}

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        if instance.pk is None:
            return cleaned
        current = Procedure.objects.filter(pk=instance.pk).values_list("edit_version", flat=True).first()
        loaded = cleaned.get("edit_version")
        if current is not None and loaded is not None and loaded != current:
            conflict = conflicting_changes(instance, loaded, current)
            # The next save goes through: the clerk has now seen the other changes.
            self.data = self.data.copy()
            self.data["edit_version"] = current
            raise ValidationError(conflict_message(conflict))
        return cleaned


class MainProceduresChangeList(ChangeList):
    """The list shows each procedure once: working copies are reached from their procedure."""

    def get_queryset(self, request, exclude_parameters=None):
        return super().get_queryset(request, exclude_parameters).filter(draft_of__isnull=True)


@admin.register(Procedure)
class ProcedureAdmin(MinistryScopedAdmin, TabbedTranslationAdmin):
    form = ProcedureAdminForm
    change_form_template = "admin/procedures/procedure/change_form.html"
    list_display = [
        "title",
        "slug",
        "institution",
        "status",
        "pending_changes",
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
        # The published row is never edited directly: changes go through its working copy.
        if obj is not None and obj.is_public:
            return False
        return super().has_change_permission(request, obj)

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
        if request.method == "GET":
            copy = services.procedure_edit_location(procedure=procedure, user=request.user)
            if copy is not None:
                return redirect("admin:procedures_procedure_change", copy.pk)
        extra_context = {**(extra_context or {}), **admin_views.workflow_context(request, procedure)}
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change:
            obj.mark_edited()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.record_saved(procedure=form.instance, user=request.user, created=not change)

    def delete_model(self, request, obj):
        services.procedure_discard(procedure=obj, user=request.user)
        super().delete_model(request, obj)

    def has_delete_permission(self, request, obj=None):
        # Published procedures are withdrawn, not deleted; drafts and working copies may be discarded.
        if obj is not None and obj.is_public:
            return request.user.is_superuser and super().has_delete_permission(request, obj)
        return super().has_delete_permission(request, obj)

    def response_delete(self, request, obj_display, obj_id):
        return redirect("admin:procedures_procedure_changelist")

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
        return procedure.review_due_on


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
