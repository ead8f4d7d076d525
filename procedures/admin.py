from django import forms
from django.contrib import admin
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline

from ministries.admin_scoping import MinistryScopedAdmin, MinistryScopedMixin, sees_everything
from procedures.models import (
    Fee,
    LegalBasis,
    Procedure,
    RejectionReason,
    RequiredDocument,
    SearchLog,
    SearchTerm,
    Step,
    Theme,
)


class OrderedInlineFormSet(forms.BaseInlineFormSet):
    """New rows are numbered after the existing ones, so a clerk need not type positions."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        used = [obj.position for obj in self.get_queryset()] if self.instance.pk else []
        next_position = max(used, default=0) + 1
        for form in self.extra_forms:
            form.initial.setdefault("position", next_position)
            next_position += 1


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
    fields = ["position", "kind", "reference", "title", "article", "enacted_on", "url"]


class SearchTermInline(OrderedInlineMixin, admin.TabularInline):
    model = SearchTerm
    fields = ["position", "term"]
    verbose_name_plural = _("Other names and acronyms citizens search for (CNI, NIF, common misspellings…)")


@admin.register(Procedure)
class ProcedureAdmin(MinistryScopedAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "slug",
        "institution",
        "status",
        "total_fee_display",
        "last_reviewed_on",
        "updated_at",
    ]
    list_filter = ["status", ("institution", admin.RelatedOnlyFieldListFilter), "themes", "is_sample"]
    search_fields = ["slug", "title_rn", "title_fr", "title_en"]
    list_select_related = ["institution"]
    date_hierarchy = "updated_at"
    filter_horizontal = ["offices"]
    readonly_fields = ["total_fee_display", "total_days_display", "created_at", "updated_at"]
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
                    "replaced_by",
                    "last_reviewed_on",
                    "is_sample",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("fees")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "themes":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        # Publishing is the reviewers' decision: clerks never set the status by hand.
        if not sees_everything(request.user):
            readonly += ["status", "is_sample"]
        return readonly

    @admin.display(description=_("total fees (BIF)"))
    def total_fee_display(self, procedure):
        if procedure.pk is None:
            return "–"
        total = procedure.total_fee_bif
        return number_format(total, force_grouping=True) if total else _("Free")

    @admin.display(description=_("total expected time (days)"))
    def total_days_display(self, procedure):
        return procedure.total_days if procedure.pk else "–"


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
