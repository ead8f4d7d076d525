from django.apps import apps
from django.contrib import admin
from django.utils.translation import gettext_lazy

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


def kind_name(label):
    """ "auth.User" -> "user", in the reader's language (the name a model gives itself)."""
    try:
        return str(apps.get_model(label)._meta.verbose_name)
    except (LookupError, ValueError):
        return label


class KindOfObjectFilter(admin.SimpleListFilter):
    title = gettext_lazy("kind of object")
    parameter_name = "target_type"

    def lookups(self, request, model_admin):
        labels = AuditEvent.objects.exclude(target_type="").values_list("target_type", flat=True)
        return sorted(((label, kind_name(label)) for label in set(labels)), key=lambda item: item[1])

    def queryset(self, request, queryset):
        return queryset.filter(target_type=self.value()) if self.value() else queryset


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    """Readable by reviewers and administrators."""

    list_display = ["at", "actor_name", "action", "kind_of_object", "target_repr"]
    list_filter = ["action", KindOfObjectFilter, "at"]
    search_fields = ["actor_name", "target_repr", "target_id"]
    date_hierarchy = "at"
    exclude = ["target_type"]  # shown as kind_of_object: "user", not "auth.User"
    readonly_fields = [
        "kind_of_object" if f.name == "target_type" else f.name for f in AuditEvent._meta.fields
    ]

    @admin.display(description=gettext_lazy("kind of object"), ordering="target_type")
    def kind_of_object(self, event):
        return kind_name(event.target_type) if event.target_type else "–"
