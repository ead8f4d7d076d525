from django.contrib import admin

from archive.admin import ReferenceAdminMixin
from scanning.models import Contact, Station


@admin.register(Station)
class StationAdmin(ReferenceAdminMixin, admin.ModelAdmin):
    list_display = ["name", "ministry"]


@admin.register(Contact)
class ContactAdmin(ReferenceAdminMixin, admin.ModelAdmin):
    """Servants' phone numbers: archivists (and administrators) only, not every HR officer."""

    list_display = ["servant", "language"]
    raw_id_fields = ["servant"]

    def has_view_permission(self, request, obj=None):
        return self._allowed(request)
