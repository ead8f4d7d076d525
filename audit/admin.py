from django.contrib import admin

from audit.models import AuditEvent, record


class AuditedAdminMixin:
    """Every create, change and delete made in the admin goes to the audit log as well as to the admin's
    own LogEntry. A ModelAdmin whose saves go through services that record richer events themselves
    (the editorial workflow, proposals) says so with `audited_by_services = True`."""

    audited_by_services = False

    def log_addition(self, request, obj, message):
        self._audit(request, AuditEvent.Action.CREATE, obj, message)
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        self._audit(request, AuditEvent.Action.EDIT, obj, message)
        return super().log_change(request, obj, message)

    def log_deletions(self, request, queryset):
        for obj in queryset:
            self._audit(request, AuditEvent.Action.DELETE, obj, "")
        return super().log_deletions(request, queryset)

    def _audit(self, request, action, obj, message):
        if self.audited_by_services:
            return
        record(action, actor=request.user, target=obj, via="admin", change=message or "")


def audit_every_model_admin(site):
    """Give every ModelAdmin registered on `site` the audit log, whichever app registered it (ours, Django's
    auth, two-step login, login throttling). Runs once all admin modules are loaded (AuditConfig.ready)."""
    for model_admin in site._registry.values():
        cls = type(model_admin)
        if not issubclass(cls, AuditedAdminMixin):
            model_admin.__class__ = type(f"Audited{cls.__name__}", (AuditedAdminMixin, cls), {})


class ReadOnlyAdmin(admin.ModelAdmin):
    """For records the application writes and nobody may add, change or delete (audit, history)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    """Readable by reviewers and administrators."""

    list_display = ["at", "actor_name", "action", "target_type", "target_repr"]
    list_filter = ["action", "target_type", "at"]
    search_fields = ["actor_name", "target_repr", "target_id"]
    date_hierarchy = "at"
    readonly_fields = [f.name for f in AuditEvent._meta.fields]
