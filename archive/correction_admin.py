"""Correction requests in the admin: a list for HR and archivists, narrowed by corrections_for, with an
"overdue" filter. Requests are answered on their own page (linked from each row), where every step is
audited; the admin never edits them."""

from django.contrib import admin
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from archive import access
from archive.corrections import corrections_for
from archive.models import CorrectionRequest
from archive.trail import record_refusal
from audit.admin import ReadOnlyAdmin


class OverdueFilter(admin.SimpleListFilter):
    title = _("due date")
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [("overdue", _("Overdue")), ("open", _("Waiting for an answer"))]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.overdue()
        if self.value() == "open":
            return queryset.open()
        return queryset


@admin.register(CorrectionRequest)
class CorrectionRequestAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "servant", "subject", "state", "due_on", "overdue"]
    list_filter = [OverdueFilter, "state", "subject", "servant__ministry"]
    list_select_related = ["servant"]
    search_fields = ["servant__matricule", "servant__search_name"]
    fields = [
        "servant",
        "document",
        "subject",
        "description",
        "state",
        "due_on",
        "answer",
        "handled_by",
        "created_at",
        "started_at",
        "closed_at",
    ]
    readonly_fields = fields

    def get_queryset(self, request):
        return corrections_for(request.user).select_related("servant", "document", "handled_by")

    def get_object(self, request, object_id, from_field=None):
        found = super().get_object(request, object_id, from_field)
        if found is None:
            record_refusal(request, "admin:correctionrequest", object_id)
            raise Http404
        return found

    def has_module_permission(self, request):
        return access.is_archive_staff(request.user)

    def has_view_permission(self, request, obj=None):
        return access.is_archive_staff(request.user)

    @admin.display(boolean=True, description=_("overdue"))
    def overdue(self, obj):
        return obj.is_overdue(timezone.localdate())
