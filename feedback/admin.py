from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from feedback.models import Report
from ministries.admin_scoping import MinistryScopedAdmin
from procedures.models import Revision


@admin.register(Report)
class ReportAdmin(MinistryScopedAdmin, admin.ModelAdmin):
    """The queue of a ministry's clerks (reviewers see every ministry's): oldest open reports first."""

    list_display = ["created_at", "kind", "topic", "page", "ministry", "state"]
    list_filter = ["state", "kind", "topic"]
    ordering = ["created_at"]
    fields = [
        "page",
        "kind",
        "topic",
        "text",
        "contact",
        "language",
        "created_at",
        "state",
        "reply_note",
        "fixed_by",
        "closed_at",
    ]
    readonly_fields = ["page", "kind", "topic", "text", "contact", "language", "created_at", "closed_at"]

    @admin.display(description=_("page"))
    def page(self, report):
        return report.page

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("procedure", "office", "ministry")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "fixed_by":
            report_id = request.resolver_match.kwargs.get("object_id")
            procedure = Report.objects.filter(pk=report_id).values("procedure")
            field.queryset = Revision.objects.filter(procedure__in=procedure)
        return field
