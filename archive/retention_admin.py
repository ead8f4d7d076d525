"""Retention rules, legal holds and destruction records in the admin, for archivists. Rules are edited
here (and audited like every admin change); holds are placed and lifted through archive/retention.py
(audited there); destruction records are read-only for everyone, for ever. Proposing and approving
destructions is on the disposition page."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from archive.models import DestructionRecord, LegalHold, RetentionRule
from archive.retention import hold_lift, hold_place, is_archivist
from audit.admin import ReadOnlyAdmin


class ArchivistOnlyMixin:
    def has_module_permission(self, request):
        return is_archivist(request.user)

    def has_view_permission(self, request, obj=None):
        return is_archivist(request.user)


@admin.register(RetentionRule)
class RetentionRuleAdmin(ArchivistOnlyMixin, admin.ModelAdmin):
    change_list_template = "archive/admin/retention_changelist.html"
    list_display = ["document_type", "trigger", "years", "basis"]
    list_filter = ["trigger"]

    def has_change_permission(self, request, obj=None):
        return is_archivist(request.user)

    has_add_permission = has_delete_permission = has_change_permission


class ActiveFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "active"

    def lookups(self, request, model_admin):
        return [("yes", _("In force")), ("no", _("Lifted"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(lifted_at__isnull=self.value() == "yes")
        return queryset


@admin.register(LegalHold)
class LegalHoldAdmin(ArchivistOnlyMixin, admin.ModelAdmin):
    """Adding places a hold; changing an active hold lifts it (with its reason). Never deleted."""

    audited_by_services = True
    list_display = ["placed_at", "servant", "document", "placed_by", "lifted_at"]
    list_filter = [ActiveFilter]
    list_select_related = ["servant", "document", "placed_by"]
    # Chosen by searching a matricule, a name or a document's title, never by internal id.
    autocomplete_fields = ["servant", "document"]
    change_list_template = "archive/admin/retention_changelist.html"

    def has_add_permission(self, request):
        return is_archivist(request.user)

    def has_change_permission(self, request, obj=None):
        return is_archivist(request.user) and (obj is None or obj.is_active)

    def has_delete_permission(self, request, obj=None):
        return False

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["servant", "document", "reason"]
        return [
            "servant",
            "document",
            "reason",
            "placed_by",
            "placed_at",
            "lift_reason",
            "lifted_by",
            "lifted_at",
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["servant", "document", "reason", "placed_by", "placed_at", "lifted_by", "lifted_at"]

    def save_model(self, request, obj, form, change):
        try:
            if change:
                hold_lift(
                    hold=obj,
                    user=request.user,
                    reason=form.cleaned_data.get("lift_reason", ""),
                    request=request,
                )
            else:
                placed = hold_place(
                    user=request.user,
                    reason=obj.reason,
                    servant=obj.servant,
                    document=obj.document,
                    request=request,
                )
                obj.pk = placed.pk
        except ValidationError as error:  # checked by the form first; kept for a race
            raise ValueError(error) from error

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None and "lift_reason" in form.base_fields:
            form.base_fields["lift_reason"].required = True
            form.base_fields["lift_reason"].help_text = _("Saving with a reason lifts the hold.")
        return form


@admin.register(DestructionRecord)
class DestructionRecordAdmin(ArchivistOnlyMixin, ReadOnlyAdmin):
    change_list_template = "archive/admin/retention_changelist.html"
    list_display = ["proposed_at", "title", "state", "proposed_by", "decided_by", "decided_at"]
    list_filter = ["state"]
    list_select_related = ["proposed_by", "decided_by"]
    readonly_fields = [
        "document",
        "state",
        "rule",
        "described",
        "proposed_by",
        "proposed_at",
        "decided_by",
        "decided_at",
        "note",
        "disposition",
    ]
    fields = readonly_fields

    @admin.display(description=_("title"))
    def title(self, obj):
        return obj.described.get("title", "")

    @admin.display(description=_("disposition page"))
    def disposition(self, obj):
        return format_html('<a href="{}">{}</a>', reverse("archive:disposition"), _("Disposition"))
